#!/usr/bin/env bash
# Builds the platform's runtime base image without a Docker engine or an image registry: a minimal Debian root file
# system (debootstrap, minbase variant) with the distribution's OpenJDK 17 JRE, a non-root user 65532, written as a
# `docker save` tarball that Jib takes as its base (`tar://`, see the `images` profile in the parent pom).
#
#   deploy/image/build-base-image.sh [output.tar]     (default deploy/image/target/base-image.tar)
#
# Needs root (debootstrap chroots) and Debian's package archive, which it takes from this machine's apt sources, so
# no host name is written here. Installs debootstrap with apt-get if it is missing. Takes about a minute or two.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
out=$(realpath -m "${1:-target/base-image.tar}")
tag=incubator/base-jre:17
work=$(realpath -m target/base-image-work)

if [ "$(id -u)" != 0 ]; then
  echo "build-base-image.sh: must run as root (debootstrap needs it)" >&2
  exit 1
fi
command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap; }

# The suite and archive this machine already uses (deb822 .sources files or the one-line sources.list format).
. /etc/os-release
suite=${VERSION_CODENAME:?no VERSION_CODENAME in /etc/os-release}
mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '
  /^URIs:/ { uri = $2 } /^Suites:/ { for (i = 2; i <= NF; i++) if ($i == s) { print uri; exit } }' s="$suite")
if [ -z "$mirror" ]; then
  mirror=$(awk -v s="$suite" '$1 == "deb" && $3 == s { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)
fi
[ -n "$mirror" ] || { echo "build-base-image.sh: no apt source for suite $suite" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work/rootfs" "$work/image" "$(dirname "$out")"
echo "debootstrap $suite (minbase + openjdk-17-jre-headless) ..."
debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates,tzdata \
  "$suite" "$work/rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -30 "$work/debootstrap.log" >&2; exit 1; }

root=$work/rootfs
# What a runtime image does not need: package caches and lists, documentation, man pages, translations.
rm -rf "$root"/var/cache/apt/* "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* "$root"/usr/share/man/* \
  "$root"/usr/share/info/* "$root"/var/log/* "$root"/tmp/*
find "$root/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name 'locale.alias' -exec rm -rf {} + 2>/dev/null || true
# The non-root user every container runs as (the manifests set runAsUser 65532 and runAsNonRoot as well).
echo 'nonroot:x:65532:65532:nonroot:/home/nonroot:/usr/sbin/nologin' >>"$root/etc/passwd"
echo 'nonroot:x:65532:' >>"$root/etc/group"
mkdir -p "$root/home/nonroot" && chown 65532:65532 "$root/home/nonroot"
chmod 1777 "$root/tmp"
java_home=$(cd "$root" && ls -d usr/lib/jvm/java-17-openjdk-* 2>/dev/null | head -1)
java_home=/$java_home
[ -x "$root$java_home/bin/java" ] || { echo "build-base-image.sh: no java in the root file system" >&2; exit 1; }

# One layer: sorted, fixed times, numeric owners (root, and 65532 for its home). Not bit-for-bit the same on two runs:
# debootstrap's generated caches differ.
tar --sort=name --mtime=@0 --numeric-owner -C "$root" -cf "$work/image/layer.tar" .
diff_id=$(sha256sum "$work/image/layer.tar" | cut -d' ' -f1)
mkdir -p "$work/image/$diff_id" && mv "$work/image/layer.tar" "$work/image/$diff_id/layer.tar"

cat >"$work/image/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"User":"65532","WorkingDir":"/home/nonroot",
  "Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=$java_home","LANG=C.UTF-8","TZ=UTC"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"deploy/image/build-base-image.sh: debootstrap $suite minbase + openjdk-17-jre-headless"}]}
JSON
config_id=$(sha256sum "$work/image/config.json" | cut -d' ' -f1)
mv "$work/image/config.json" "$work/image/$config_id.json"
printf '[{"Config":"%s.json","RepoTags":["%s"],"Layers":["%s/layer.tar"]}]\n' "$config_id" "$tag" "$diff_id" \
  >"$work/image/manifest.json"
# Entries named without a leading "./" (Jib refuses those).
(cd "$work/image" && tar --sort=name --mtime=@0 -cf "$out" -- *)
rm -rf "$work"
echo "base image $tag: $out ($(du -h "$out" | cut -f1), Java at $java_home)"

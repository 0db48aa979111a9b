#!/usr/bin/env bash
# Builds the container images of the gateway and the five services as OCI tarballs (<module>/target/jib-image.tar)
# with Jib, without a Docker engine: first the base image (build-base-image.sh, once; kept in deploy/image/target/),
# then `./mvnw -Pimages package`. Checks that each image runs as the non-root user 65532.
#
#   deploy/image/build-images.sh            (root: debootstrap needs it for the base image)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
modules=(gateway registry-service incubation-service grant-service training-service party-building-service)
[ -s deploy/image/target/base-image.tar ] || deploy/image/build-base-image.sh
./mvnw -B -ntp -q -Pimages -pl "$(IFS=,; echo "${modules[*]}")" -am package -DskipTests
for module in "${modules[@]}"; do
  image=$module/target/jib-image.tar
  user=$(python3 - "$image" <<'PY'
import json, sys, tarfile
with tarfile.open(sys.argv[1]) as tar:
    read = lambda name: json.load(tar.extractfile(name))
    manifest = read("blobs/sha256/" + read("index.json")["manifests"][0]["digest"].split(":")[1])
    print(read("blobs/sha256/" + manifest["config"]["digest"].split(":")[1])["config"].get("User", ""))
PY
)
  if [ "$user" != "65532:65532" ]; then
    echo "$image: runs as '$user', not 65532:65532" >&2
    exit 1
  fi
  echo "$image: incubator/$module:0.1.0-SNAPSHOT, OCI, user $user, $(du -h "$image" | cut -f1)"
done

#!/usr/bin/env bash
# Measures the local platform: time until every part is healthy, and the resident memory of each process once
# ready. Not a test: it prints figures (and writes them to docs/measurements/start.txt, or start-serving.txt for the
# serving JVM profile).
# Usage: [INCUBATOR_JVM_PROFILE=laptop|serving] infra/measure-start.sh [runs]
#        (builds first if needed; stops the platform after each run)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-2}"
[ -f infra/launcher/target/launcher-exec.jar ] || ./mvnw -B -ntp -q package -Dmaven.test.skip=true
profile="${INCUBATOR_JVM_PROFILE:-laptop}"
case "$profile" in
  laptop) out=docs/measurements/start.txt ;;
  serving) out=docs/measurements/start-serving.txt ;;
  *) echo "unknown JVM profile $profile (laptop or serving)" >&2; exit 2 ;;
esac
mkdir -p "$(dirname "$out")"
{
  echo "# Platform start, measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "# java: $(java -version 2>&1 | head -1); JVM profile: $profile"
} > "$out"
for run in $(seq 1 "$runs"); do
  log=$(mktemp)
  java -Xmx256m -XX:+UseSerialGC -Dincubator.home="$PWD" -Dincubator.jvm-profile="$profile" -jar infra/launcher/target/launcher-exec.jar > "$log" 2>&1 &
  launcher=$!
  for _ in $(seq 1 300); do
    grep -q "platform ready" "$log" && break
    kill -0 "$launcher" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 1
  done
  sleep 5 # let the services settle after start-up before reading memory
  ready=$(grep "platform ready" "$log" | sed 's/^\[ *\([0-9.]*\) s\].*/\1/')
  {
    echo
    echo "run $run: ready in ${ready} s"
    printf '  %-24s %8s\n' process "RSS MiB"
    for pid in $(pgrep -P "$launcher"); do
      args=$(ps -o args= -p "$pid")
      case "$args" in
        *kc.sh*|*quarkus*) name=keycloak; pid=$(pgrep -P "$pid" java || echo "$pid") ;;
        *" -jar "*) name=$(echo "$args" | sed 's/.* -jar [^ ]*\/\([a-z-]*\)\.jar.*/\1/') ;;
        *) continue ;;
      esac
      printf '  %-24s %8d\n' "$name" $(( $(ps -o rss= -p "$pid") / 1024 ))
    done
    # PostgreSQL is a process per connection sharing one buffer pool: sum proportional set sizes, not RSS.
    # Only this platform's server (its postmaster and the postmaster's children), not other PostgreSQL servers.
    pss=0
    postmaster=$(head -1 .run/pgdata/postmaster.pid)
    for pg in "$postmaster" $(pgrep -P "$postmaster"); do
      pss=$(( pss + $(awk '/^Pss:/{print $2}' "/proc/$pg/smaps_rollup" 2>/dev/null || echo 0) ))
    done
    printf '  %-24s %8d  (PSS of all its processes)\n' postgres $(( pss / 1024 ))
    printf '  %-24s %8d\n' launcher $(( $(ps -o rss= -p "$launcher") / 1024 ))
  } | tee -a "$out"
  kill -TERM "$launcher"; wait "$launcher" || true
  rm -f "$log"
done

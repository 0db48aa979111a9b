#!/usr/bin/env bash
# Proves that the README's start command works on a machine where nothing ran before, and that a first start
# killed halfway needs no manual clean-up.
#
# Takes a clean clone of the current commit (uncommitted changes are not in it) into a temporary directory, with a
# fresh HOME (so the Maven wrapper fetches its Maven again) and a fresh TMPDIR / java.io.tmpdir; only the local
# Maven repository is reused, to avoid downloading every dependency again. Then:
#   default      ./start.sh until "platform ready", a real token from Keycloak, one API call through the gateway
#                (200), SIGTERM, and checks that no process of the run is left and every port is free again;
#   --interrupt  first kills the start twice (SIGKILL of every process of the run, as a crash or power loss
#                would): while PostgreSQL's binaries are being unpacked, and while Keycloak's first run builds the
#                server; then does all of the above on the same clone, HOME and TMPDIR.
#
# Usage: infra/fresh-start-check.sh [--interrupt] [--keep] [--then COMMAND]
#   --keep                 keep the temporary directory (logs, clone) for inspection
#   --then COMMAND         while the final start is up (after the API call), runs COMMAND with bash in the clone,
#                          e.g. a benchmark with --use-running; its exit status is a check of its own. CI uses it
#                          so that the services benchmark's small run needs no platform start of its own.
#   MAVEN_REPO=...         the local Maven repository to reuse (default: ~/.m2/repository of the caller)
#   INCUBATOR_PORT_OFFSET  moves every port, as for ./start.sh
#   FRESH_START_BUILD_TIMEOUT (s, default 1200), FRESH_START_READY_TIMEOUT (s, default 600)
# The platform's ports must be free. On a shared machine run it under the ports lock:
#   flock /tmp/incubator-ports.lock infra/fresh-start-check.sh --interrupt
set -uo pipefail

interrupt=0
keep=0
then_command=""
while [ $# -gt 0 ]; do
  case "$1" in
    --interrupt) interrupt=1 ;;
    --keep) keep=1 ;;
    --then) [ $# -ge 2 ] || { echo "--then needs a command" >&2; exit 2; }; then_command="$2"; shift ;;
    *) echo "usage: $0 [--interrupt] [--keep] [--then COMMAND]" >&2; exit 2 ;;
  esac
  shift
done

source_repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
commit="$(git -C "$source_repo" rev-parse HEAD)"
maven_repo="${MAVEN_REPO:-$HOME/.m2/repository}"
build_timeout="${FRESH_START_BUILD_TIMEOUT:-1200}"
ready_timeout="${FRESH_START_READY_TIMEOUT:-600}"
offset="${INCUBATOR_PORT_OFFSET:-0}"
gateway="http://localhost:$((8080 + offset))"
keycloak="http://localhost:$((8180 + offset))"
ports=($((8080 + offset)) $((8180 + offset)) $((9180 + offset)) $((15432 + offset)))
for p in 1 2 3 4 5; do ports+=($((8080 + p + offset)) $((9080 + p + offset))); done

work="$(mktemp -d "${TMPDIR:-/tmp}/fresh-start.XXXXXX")"
clone="$work/clone"
started=$SECONDS
summary=()
failed=0
launcher=""

say() { printf '[fresh-start %4d s] %s\n' $((SECONDS - started)) "$*"; }
record() { summary+=("$(printf '%-4s %s' "$1" "$2")"); [ "$1" = FAIL ] && failed=1; say "$1: $2"; }

# Every process of this run: those of the start command's session, and anything whose command line names the
# temporary directory (PostgreSQL, which detaches into its own session, Keycloak, the services, Maven). Listed and
# ended by id, never by a broad name.
run_pids() {
  local found more
  found="$({ [ -n "$launcher" ] && pgrep -s "$launcher"; pgrep -f -- "$work/"; } 2>/dev/null | grep -vx "$$" | sort -u)"
  # and their descendants (PostgreSQL's backends are named "postgres: ..." only)
  while [ -n "$found" ]; do
    more="$( (echo "$found"; echo "$found" | xargs -r -n1 pgrep -P) | sort -u)"
    [ "$more" = "$found" ] && break
    found="$more"
  done
  echo "$found" | grep -v '^$' || true
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
busy_ports() { local p out=(); for p in "${ports[@]}"; do port_busy "$p" && out+=("$p"); done; echo "${out[*]:-}"; }

# SIGKILL to every process of the run (again for any forked meanwhile), then waits until each is gone from the
# process table, not only dead: PostgreSQL refuses to start while the pid in its lock file still exists, and an
# orphaned postmaster is reaped by init a little later.
kill_all_of_run() {
  local pids killed="" pid alive
  for _ in $(seq 1 60); do
    pids="$(run_pids)"
    [ -n "$pids" ] && { kill -KILL $pids 2>/dev/null; killed="$killed $pids"; }
    alive=""
    for pid in $killed; do [ -e "/proc/$pid" ] && alive="$alive $pid"; done
    [ -z "$pids" ] && [ -z "$alive" ] && return 0
    sleep 0.5
  done
  say "after 30 s still in the process table:$alive"
}

finish() {
  local leftover
  if [ -n "$(run_pids)" ]; then
    leftover="$(run_pids | tr '\n' ' ')"
    kill_all_of_run
    record FAIL "processes of the run were still there at the end (killed): $leftover"
  fi
  echo
  echo "==== fresh-start check of $commit ($([ $interrupt = 1 ] && echo 'with interrupted first starts' || echo 'single start'), $((SECONDS - started)) s) ===="
  printf '  %s\n' "${summary[@]}"
  if [ "$keep" = 0 ] && [ "$failed" = 0 ]; then
    rm -rf "$work"
  else
    echo "kept: $work"
  fi
  if [ "$failed" = 0 ]; then
    echo "fresh-start check: PASSED"
  else
    echo "fresh-start check: FAILED (logs in $work)"
  fi
  # The plain closing line: one per check above.
  echo "fresh-start: $(printf '%s\n' "${summary[@]}" | grep -c '^PASS') passed, $(printf '%s\n' "${summary[@]}" | grep -c '^FAIL') failed"
}
trap finish EXIT
trap 'record FAIL "interrupted"; exit 1' INT TERM

fail_now() { record FAIL "$1"; [ -n "${2:-}" ] && [ -f "$2" ] && { echo "---- last lines of $2"; tail -n 40 "$2"; }; exit 1; }

# Starts ./start.sh in its own session, output to $1.
start_platform() {
  local log="$1"
  (cd "$clone" && exec setsid ./start.sh) > "$log" 2>&1 < /dev/null &
  launcher=$!
  disown "$launcher" # no job notices when it is killed
}

# Waits until $2 (an extended regex) appears in log $1 within $3 seconds, while the start command runs.
await_line() {
  local log="$1" pattern="$2" timeout="$3" deadline=$((SECONDS + $3))
  while ! grep -Eq -- "$pattern" "$log"; do
    kill -0 "$launcher" 2>/dev/null || fail_now "./start.sh exited before '$pattern' appeared" "$log"
    [ $SECONDS -ge $deadline ] && fail_now "'$pattern' did not appear within $timeout s" "$log"
    sleep 1
  done
}

# --- preparation -------------------------------------------------------------------------------------------------
[ -d "$maven_repo" ] || { echo "no local Maven repository at $maven_repo (set MAVEN_REPO)" >&2; exit 2; }
for tool in git curl java setsid pgrep; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done
busy="$(busy_ports)"
[ -z "$busy" ] && record PASS "the platform's ports are free" || fail_now "ports already in use: $busy (a platform or a test run is up)"

say "cloning $commit into $clone"
git clone -q --no-hardlinks "$source_repo" "$clone" && git -C "$clone" checkout -q --detach "$commit" \
  || fail_now "could not clone $source_repo"
mkdir -p "$work/home" "$work/tmp"
# A fresh HOME and TMPDIR; the JVMs get the same temporary directory (Java ignores TMPDIR). Only the Maven
# repository is shared, so the clone builds without downloading everything again.
export HOME="$work/home" TMPDIR="$work/tmp"
export JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$work/tmp"
export MAVEN_OPTS="-Dmaven.repo.local=$maven_repo ${MAVEN_OPTS:-}"
unset MAVEN_USER_HOME
export INCUBATOR_PORT_OFFSET="$offset"
record PASS "clean clone, empty HOME ($HOME), empty TMPDIR, local Maven repository $maven_repo reused"

# --- interrupted first starts ------------------------------------------------------------------------------------
if [ "$interrupt" = 1 ]; then
  log="$work/start-1-killed.log"
  say "start 1 (builds first; killed while PostgreSQL's binaries are unpacked)"
  start_platform "$log"
  await_line "$log" 'unpacking the PostgreSQL binaries' "$build_timeout"
  sleep 1
  kill_all_of_run
  if compgen -G "$clone/.run/postgres/PG-*/.exists" > /dev/null; then
    record PASS "start 1 killed (SIGKILL of all its processes), but the unpack had already finished"
  else
    record PASS "start 1 killed (SIGKILL of all its processes) during the PostgreSQL unpack: $(find "$clone/.run/postgres" -type f | wc -l) files half-written"
  fi
  grep -E '^\s+building |BUILD' "$log" | tail -n 2 | sed 's/^/    /'

  log="$work/start-2-killed.log"
  say "start 2 (killed while Keycloak's first run builds the server)"
  start_platform "$log"
  await_line "$log" 'Keycloak starting' "$ready_timeout"
  if grep -q 'removing an interrupted unpack of PostgreSQL' "$log"; then
    record PASS "start 2 removed the half-unpacked PostgreSQL binaries by itself and unpacked them again"
  fi
  grep -q 'PostgreSQL ready' "$log" && record PASS "start 2: $(grep -o 'PostgreSQL ready.*' "$log")"
  sleep 12
  kill_all_of_run
  if compgen -G "$clone/.run/keycloak-*/.incubator-ready" > /dev/null; then
    record PASS "start 2 killed, but Keycloak had already served the realm"
  else
    record PASS "start 2 killed (SIGKILL of all its processes) during Keycloak's first run (server build not finished)"
  fi
fi

# --- the start that must succeed ---------------------------------------------------------------------------------
log="$work/start-final.log"
say "$([ "$interrupt" = 1 ] && echo 'start 3, same clone, HOME and TMPDIR, no clean-up' || echo 'start') (./start.sh)"
t0=$SECONDS
start_platform "$log"
await_line "$log" 'platform ready' $((build_timeout + ready_timeout))
ready_line="$(grep -E 'platform ready' "$log" | head -1)"
record PASS "./start.sh: platform ready after $((SECONDS - t0)) s from the command ($ready_line)"
[ "$interrupt" = 1 ] && grep -E 'removing an? ' "$log" | sed 's/^/    /'
grep -q 'PostgreSQL ready (fsync on, synchronous_commit on)' "$log" \
  && record PASS "PostgreSQL runs with fsync on and synchronous_commit on" \
  || record FAIL "PostgreSQL is not durable: $(grep 'PostgreSQL ready' "$log")"

response="$(curl -s -m 30 -d grant_type=password -d client_id=incubator-cli -d username=county-officer -d password=demo \
  "$keycloak/realms/incubator/protocol/openid-connect/token")"
token="$(printf '%s' "$response" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
[ -n "$token" ] && record PASS "token for county-officer from Keycloak (${#token} characters)" \
  || fail_now "no token from Keycloak: ${response:0:300}" "$log"
body="$work/organizations.json"
status="$(curl -s -m 30 -o "$body" -w '%{http_code}' -H "Authorization: Bearer $token" "$gateway/api/registry/v1/organizations")"
[ "$status" = 200 ] && record PASS "GET $gateway/api/registry/v1/organizations -> 200 ($(wc -c < "$body") bytes)" \
  || fail_now "GET /api/registry/v1/organizations answered $status: $(head -c 300 "$body")" "$log"

if [ -n "$then_command" ]; then
  say "running on the started platform: $then_command"
  if (cd "$clone" && bash -c "$then_command") 2>&1 | sed 's/^/    /'; then
    record PASS "on the started platform: $then_command"
  else
    record FAIL "on the started platform, failed: $then_command"
  fi
fi

say "stopping the platform (SIGTERM to ./start.sh, pid $launcher)"
kill -TERM "$launcher"
deadline=$((SECONDS + 90))
while kill -0 "$launcher" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 1; done
kill -0 "$launcher" 2>/dev/null && fail_now "./start.sh did not stop within 90 s of SIGTERM" "$log"
for _ in $(seq 1 30); do [ -z "$(run_pids)" ] && [ -z "$(busy_ports)" ] && break; sleep 1; done
[ -z "$(run_pids)" ] && record PASS "every process of the run has exited" \
  || record FAIL "processes left after the stop: $(run_pids | xargs -r -n1 ps -o pid=,args= -p | cut -c1-120 | tr '\n' ';')"
busy="$(busy_ports)"
[ -z "$busy" ] && record PASS "every port is free again (${ports[*]})" || record FAIL "ports still in use: $busy"
exit "$failed"

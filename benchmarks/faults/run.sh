#!/usr/bin/env bash
# Faults under load, one command: starts the whole platform (./start.sh, its own fresh database), runs the soak
# driver (benchmarks/soak/Driver.java) at a fixed rate through the gateway, and meanwhile, one after the other:
#   a. PostgreSQL stopped (fast shutdown) and started again; afterwards every write that was answered 2xx is read
#      back, and the services must answer again within the recovery limit without being restarted;
#   b. Keycloak stopped for --keycloak-outage seconds: tokens issued before must keep working through the gateway
#      and the services the whole time (0 errors), a new log-in must fail while it is down and work again after;
#   c. incubation-service (the producer of incubation.organization-admitted) and then party-building-service (its
#      consumer) killed with SIGKILL while admissions are being made, and started again; every admission answered
#      2xx must have opened exactly one party-building case (read through party-building's API).
# Parts are stopped and started through the launcher's control directory (.run/.../control, infra/launcher
# Control), SIGKILL goes to the pid in .run/.../pids. Prints PASS/FAIL lines with the figures; exits non-zero on any
# FAIL.
#
#   benchmarks/faults/run.sh [--small] [--rate N] [--postgres-outage S] [--keycloak-outage S] [--recovery-limit S]
#                            [--warmup S] [--profile serving|laptop] [--use-running] [--out FILE]
#
# --use-running: the faults on a platform already running from this checkout (./start.sh; its run directory
# INCUBATOR_RUN_DIRECTORY, default .run, holds the launcher's control directory and the processes' ids) instead of
# one of its own; its parts are stopped and started through that launcher, and it is left running.
# Default: 100 requests/s, PostgreSQL down 20 s, Keycloak down 300 s, recovery limit 60 s. --small (CI): 30
# requests/s, PostgreSQL 5 s, Keycloak 30 s, no timing assert beyond the recovery limit. --warmup S first runs the
# same mix for S seconds, not measured, from the same driver (as the soak's --warmup): half the rate for the first
# half, the full rate for the second; a just-started platform's JIT compilers (and the driver's own) have not
# compiled the hot code yet, and its first minutes under load say nothing about the faults. INCUBATOR_PORT_OFFSET moves
# every port. Needs a JDK 17 and curl; the platform's ports must be free.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
home=$(cd "$here/../.." && pwd)
rate=100
pg_outage=20
kc_outage=300
recovery=60
warmup=60
prewarm=0
profile=serving
out=
small=false
use_running=false
while [ $# -gt 0 ]; do
  case "$1" in
    --small) small=true; rate=30; pg_outage=5; kc_outage=30; warmup=15; recovery=30 ;;
    --rate) rate=$2; shift ;;
    --postgres-outage) pg_outage=$2; shift ;;
    --keycloak-outage) kc_outage=$2; shift ;;
    --recovery-limit) recovery=$2; shift ;;
    --warmup) prewarm=$2; shift ;;
    --profile) profile=$2; shift ;;
    --use-running) use_running=true ;;
    --out) out=$2; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
run_rel=$($use_running && echo "${INCUBATOR_RUN_DIRECTORY:-.run}" || echo .run/bench/faults)
# shellcheck source=../soak/platform.sh
. "$home/benchmarks/soak/platform.sh"
need_jdk_tools
driver_pid=""
cleanup() {
  [ -n "$driver_pid" ] && kill "$driver_pid" 2>/dev/null
  platform_stop
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if $use_running; then platform_use_running; else platform_start; fi
work="$run_dir/driver"
mkdir -p "$work"
marks="$work/marks"
: > "$marks"
mark() { echo "$(date +%s%3N) $1 $2" >> "$marks"; say "$1 $2"; }
notes=()
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
java "$home/benchmarks/soak/Driver.java" --gateway "$gateway_url" --keycloak "$keycloak_url" --rate "$rate" \
  --duration 7200 --until-file "$work/stop" --marks "$marks" --recovery-limit "$recovery" --login-probe 2 \
  --grant-rounds 0 --event-wait 300 --warmup "$prewarm" --out "$work" --started-file "$work/started" \
  > "$work/driver.txt" 2>&1 &
driver_pid=$!
[ "$prewarm" -gt 0 ] && say "warming up (not measured, the same driver): $((rate / 2)) requests/s for $((prewarm - prewarm / 2)) s, then $rate requests/s for $((prewarm / 2)) s"
for _ in $(seq 1 $((240 + prewarm))); do [ -f "$work/started" ] || ! kill -0 "$driver_pid" 2>/dev/null && break; sleep 1; done
[ "$prewarm" -gt 0 ] && say "$(grep -m1 '^warm-up done' "$work/driver.txt" || echo 'warm-up: no summary')"
sleep "$warmup"
kill -0 "$driver_pid" 2>/dev/null || { cat "$work/driver.txt"; echo "FAIL the driver stopped before the faults" >&2; exit 1; }

# a. PostgreSQL restart
mark postgres-restart start
control stop postgres
sleep "$pg_outage"
control start postgres
mark postgres-restart end
sleep "$recovery"

# b. Keycloak outage
mark keycloak-outage start
control stop keycloak
sleep 3
token_answer=$(curl -s -m 10 -w ' (HTTP %{http_code})' -d grant_type=password -d client_id=incubator-cli \
  -d username=county-officer -d password=demo "$keycloak_url/realms/incubator/protocol/openid-connect/token" 2>&1 \
  || echo "curl exit $?: $(curl -sS -m 10 -o /dev/null "$keycloak_url/realms/incubator/protocol/openid-connect/token" 2>&1)")
notes+=("a log-in while Keycloak is down (curl POST $keycloak_url/realms/incubator/protocol/openid-connect/token): $token_answer")
no_token=$(curl -s -m 10 -w ' (HTTP %{http_code}, %{content_type})' "$gateway_url/api/registry/v1/organizations" 2>&1 \
  | tail -c 300 || true)
notes+=("a request without a token through the gateway while Keycloak is down: $no_token")
sleep $((kc_outage > 3 ? kc_outage - 3 : 0))
# The outage ends when the start is asked for: a starting Keycloak may answer log-ins before the launcher sees it
# healthy, and such a log-in is not one made "while down".
mark keycloak-outage end
control start keycloak
sleep "$recovery"

# c. SIGKILL of the producer, then of the consumer, of the admission events
for service in incubation-service party-building-service; do
  mark "kill-$service" start
  pid=$(part_pid "$service")
  kill -KILL "$pid"
  notes+=("$service (pid $pid) killed with SIGKILL")
  sleep 3
  control start "$service"
  mark "kill-$service" end
  sleep "$recovery"
done

touch "$work/stop"
set +e
wait "$driver_pid"
status=$?
set -e
driver_pid=""
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
undelivered=""
# Events published by a producer's feed and not yet taken by the consumer's inbox: admissions (incubation to
# party-building) and overdue-branch reports (party-building to the registry).
# The embedded PostgreSQL has no psql: the machine's client (any version) is used when there is one.
psql=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | tail -1 || true)
psql_count() {
  [ -n "$psql" ] || { echo '?'; return; }
  "$psql" -h localhost -p $((15432 + offset)) -U postgres -d "$1" -Atc "$2" 2>/dev/null || echo '?'
}
for stream in "incubation party_building cn.incubator.incubation.events.v1.OrganizationAdmitted" \
              "party_building registry cn.incubator.partybuilding.events.v1.BranchFormationOverdue"; do
  set -- $stream
  published=$(psql_count "$1" "SELECT count(*) FROM outbound_event WHERE event_type = '$3'")
  taken=$(psql_count "$2" "SELECT count(*) FROM processed_event WHERE event_type = '$3'")
  if [ "$published" = '?' ] || [ "$taken" = '?' ]; then n='?'; else n=$((published - taken)); fi
  undelivered="$undelivered ${3##*.}=$n"
done
platform_stop

report() {
  echo "Faults under load ($($small && echo small || echo full) mode), $(date -u '+%Y-%m-%d %H:%M UTC')"
  machine_lines
  echo "load average (1, 5, 15 min): before $load_before, after $load_after"
  echo "load: the soak mix (benchmarks/soak/run.sh) at $rate requests/s through the gateway ($gateway_url), open loop, all the time"
  [ "$prewarm" -gt 0 ] && echo "warm-up before it (not measured, same driver): $((rate / 2)) requests/s of the same mix for $((prewarm - prewarm / 2)) s, then $rate requests/s for $((prewarm / 2)) s; $(grep -m1 '^warm-up done' "$work/driver.txt" || echo 'no summary')"
  echo "faults, one after the other, ${warmup} s after the start of the load, each followed by ${recovery} s of load:"
  echo "  a. PostgreSQL stopped (fast shutdown) for ${pg_outage} s and started again (launcher control)"
  echo "  b. Keycloak stopped for ${kc_outage} s and started again; a log-in probe (password grant) every 2 s"
  echo "  c. incubation-service, then party-building-service, killed with SIGKILL and started again"
  printf '%s\n' "${notes[@]}"
  echo "events published and not yet taken by their consumer at the end:$undelivered"
  echo
  cat "$work/driver.txt"
}
if [ -n "$out" ]; then report | tee "$out"; else report; fi
exit $status

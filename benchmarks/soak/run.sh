#!/usr/bin/env bash
# Load soak, one command: starts the whole platform (./start.sh, its own fresh database), drives a mixed read/write
# workload through the gateway at a fixed rate with real tokens of several demo roles (Driver.java: open loop,
# latency from each request's due time), runs whole grant rounds meanwhile, samples every service's and the
# gateway's heap after a forced full GC, reads back every record it created and checks every admission's outbox
# effect in party-building, then stops the platform and prints the report.
#
#   benchmarks/soak/run.sh [--small] [--duration SECONDS] [--rate N] [--grant-rounds N] [--warmup SECONDS]
#                          [--profile serving|laptop] [--use-running] [--out FILE]
#
# --use-running: drive a platform already running from this checkout (./start.sh; its run directory
# INCUBATOR_RUN_DIRECTORY, default .run, gives the processes' ids) instead of starting one; it is left running.
# Default: 200 requests/s for 600 s, 2 grant rounds, serving JVM profile. --small: 50 requests/s for 20 s, one
# grant round, for CI: no timing assert, exits non-zero on any error (or a record not read back, or an event effect
# missing or doubled). INCUBATOR_PORT_OFFSET moves every port. Needs a JDK 17 and curl; the
# platform's ports must be free.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
home=$(cd "$here/../.." && pwd)
duration=600
rate=200
rounds=2
warmup=0
profile=serving
out=
small=false
use_running=false
while [ $# -gt 0 ]; do
  case "$1" in
    --small) small=true; duration=20; rate=50; rounds=1 ;;
    --duration) duration=$2; shift ;;
    --rate) rate=$2; shift ;;
    --grant-rounds) rounds=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --profile) profile=$2; shift ;;
    --use-running) use_running=true ;;
    --out) out=$2; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
run_rel=$($use_running && echo "${INCUBATOR_RUN_DIRECTORY:-.run}" || echo .run/bench/soak)
# shellcheck source=platform.sh
. "$here/platform.sh"
need_jdk_tools
trap platform_stop EXIT
trap 'exit 130' INT TERM

if $use_running; then platform_use_running; else platform_start; fi
work="$run_dir/driver"
mkdir -p "$work"
set +e
if [ "$warmup" -gt 0 ]; then
  # Warm-up, not measured, by the same driver before its measured run: half the rate for the first half, the full rate
  # for the second, so that the serving profile's C2 compiler (and the driver's own) has compiled the hot code first
  # (docs/decisions.md, "C2 warm-up on this machine"). Its figures are printed in the driver's report.
  say "warming up: $((rate / 2)) requests/s for $((warmup - warmup / 2)) s, then $rate requests/s for $((warmup / 2)) s (not measured)"
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
java "$here/Driver.java" --gateway "$gateway_url" --keycloak "$keycloak_url" --rate "$rate" --duration "$duration" \
  --grant-rounds "$rounds" --pids "$(service_pids)" --heap-samples "$($small && echo 2 || echo 5)" --out "$work" \
  --warmup "$warmup" \
  $($small || echo "--p99-target 200") > "$work/driver.txt"
status=$?
set -e
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
platform_stop

report() {
  echo "Load soak ($($small && echo small || echo full) mode), $(date -u '+%Y-%m-%d %H:%M UTC')"
  machine_lines
  echo "load average (1, 5, 15 min): before $load_before, after $load_after"
  echo "what: $rate requests/s for $duration s through the gateway ($gateway_url), open loop; $rounds whole grant round(s) beside it"
  [ "$warmup" -gt 0 ] && echo "warm-up before it (not measured, same driver): $((rate / 2)) requests/s of the same mix for $((warmup - warmup / 2)) s, then $rate requests/s for $((warmup / 2)) s; $(grep -m1 '^warm-up done' "$work/driver.txt" || echo 'no summary')"
  echo "mix: 30% organization search (name, 10 terms), 14% organization read, 8% incubation base read, 8% grant"
  echo "     programmes, 9% training courses (a page of 20), 10% party-building cases (reads: county-officer); 5% create"
  echo "     organization (county-officer), 4% create need and 4% weekly activity (org-admin-demo), 4% incubation"
  echo "     application and 4% admission (county-officer; the admission's outbox event opens a party-building case)"
  echo "tokens: password grant of incubator-cli for county-officer, org-admin-demo, city-operator, expert-demo, admin;"
  echo "        refreshed when 4 minutes old (they live 15)"
  cat "$work/driver.txt"
}
if [ -n "$out" ]; then report | tee "$out"; else report; fi
exit $status

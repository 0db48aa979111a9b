#!/usr/bin/env bash
# Service benchmark through the gateway, one command: the whole platform (PostgreSQL, Keycloak, every service, the
# gateway, demo data), a realistic register (organizations of Changsha County recorded through the public API when
# the demo data holds fewer), the county officer's token (password grant of incubator-cli at Keycloak), and wrk
# driving a mix of requests at 32 connections and 2 threads after a warm-up: organization name searches with 2-character
# terms (20 rows a page) and one read of each other service. Then each service directly (bypassing the gateway) with
# its own part of the mix, so that the report shows where the time goes. Prints per-kind counts, rps, p50, p99,
# non-2xx, CPU per request of each process (gateway, services, PostgreSQL) and the load average.
#
#   benchmarks/services/run.sh [--small] [--use-running] [--profile serving|laptop] [--duration SECONDS]
#                              [--warmup SECONDS] [--organizations N] [--out FILE]
#
# --small: a few seconds each, for CI: no timing assert, it fails only if an answer is not 2xx (or nothing answers).
# --use-running: measure a platform already running (same port offset) instead of starting one.
# --profile: the services' JVM flags (infra/launcher Platform.java); serving by default.
# --organizations: how many organizations the benchmark records in Changsha County through the API, on top of the
# demo data's 1,206 (default 5000, 200 with --small; recorded once: the data stays in .run/pgdata).
# BENCH_JFR_DIR=DIR: a JFR recording (settings=profile) of the gateway and of each service during the measured mix.
# Ports: those of ./start.sh moved by INCUBATOR_PORT_OFFSET (default 0). Builds what is missing through ./start.sh
# (./mvnw package); installs wrk with apt-get if missing.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
home=${BENCH_HOME:-$(cd "$here/../.." && pwd)}
duration=30
warmup=60
direct_duration=15
direct_warmup=10
profile=serving
use_running=false
organizations=
out=
small=false
while [ $# -gt 0 ]; do
  case "$1" in
    --small) small=true; duration=3; warmup=3; direct_duration=2; direct_warmup=2 ;;
    --use-running) use_running=true ;;
    --profile) profile=$2; shift ;;
    --duration) duration=$2; direct_duration=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --organizations) organizations=$2; shift ;;
    --out) out=$2; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
organizations=${organizations:-$($small && echo 200 || echo 5000)}
case "$profile" in serving|laptop) ;; *) echo "unknown profile $profile" >&2; exit 2 ;; esac

offset=${INCUBATOR_PORT_OFFSET:-0}
gateway_port=$((8080 + offset))
keycloak_port=$((8180 + offset))
postgres_port=$((15432 + offset))
gateway=http://127.0.0.1:$gateway_port
keycloak=http://localhost:$keycloak_port  # the issuer the services expect
declare -A service_port=([registry]=$((8081 + offset)) [incubation]=$((8082 + offset)) [grants]=$((8083 + offset))
  [training]=$((8084 + offset)) [party-building]=$((8085 + offset)))
services=(registry incubation grants training party-building)

if ! command -v wrk >/dev/null; then
  echo "installing wrk with apt-get"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
command -v ss >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq iproute2 >/dev/null; }

work=$(mktemp -d "${TMPDIR:-/tmp}/services-bench.XXXXXX")
launcher_pid=
cleanup() {
  if [ -n "$launcher_pid" ]; then
    echo "stopping the platform" >&2
    kill -TERM "$launcher_pid" 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 "$launcher_pid" 2>/dev/null || break; sleep 0.5; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

up() { curl -sf -o /dev/null --max-time 5 "$1"; }
started_in=
if $use_running; then
  up "$gateway/actuator/health" || { echo "no platform answers on $gateway (INCUBATOR_PORT_OFFSET=$offset)" >&2; exit 1; }
else
  if up "$gateway/actuator/health"; then
    echo "a platform already runs on $gateway: stop it or pass --use-running" >&2; exit 1
  fi
  echo "starting the platform ($profile profile, port offset $offset); log in $work/platform.log" >&2
  t0=$(date +%s)
  # A longer health-check wait than ./start.sh's 420 s: the benchmark may run on a machine busy with other work.
  INCUBATOR_PORT_OFFSET=$offset INCUBATOR_JVM_PROFILE=$profile INCUBATOR_START_TIMEOUT=${INCUBATOR_START_TIMEOUT:-900} \
    setsid "$home/start.sh" > "$work/platform.log" 2>&1 &
  launcher_pid=$!
  until grep -q "platform ready" "$work/platform.log" 2>/dev/null; do
    if ! kill -0 "$launcher_pid" 2>/dev/null; then
      tail -30 "$work/platform.log" >&2; echo "the platform did not start" >&2; launcher_pid=; exit 1
    fi
    if [ $(($(date +%s) - t0)) -gt 1200 ]; then tail -30 "$work/platform.log" >&2; echo "the platform did not start in 20 min" >&2; exit 1; fi
    sleep 1
  done
  started_in=$(($(date +%s) - t0))
  echo "platform ready in ${started_in}s" >&2
fi

# The processes to measure: whatever listens on each port (the postmaster and its backends for PostgreSQL).
pid_on() { ss -ltnpH "sport = :$1" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1; }
declare -A pid
pid[gateway]=$(pid_on "$gateway_port")
for s in "${services[@]}"; do pid[$s]=$(pid_on "${service_port[$s]}"); done
pid[postgres]=$(pid_on "$postgres_port")
for p in gateway "${services[@]}" postgres; do
  [ -n "${pid[$p]}" ] || { echo "cannot find the process of $p (ss -ltnp)" >&2; exit 1; }
done
processes=(gateway "${services[@]}" postgres)
ticks() { # user + system clock ticks of a process and its threads; for PostgreSQL also of its live children
  local p=$1 total=0 child
  if [ "$p" = postgres ]; then
    for child in ${pid[postgres]} $(pgrep -P "${pid[postgres]}" | tr '\n' ' '); do
      total=$((total + $(awk '{ print $14 + $15 }' "/proc/$child/stat" 2>/dev/null || echo 0)))
    done
    echo $total
  else
    awk '{ print $14 + $15 }' "/proc/${pid[$p]}/stat" 2>/dev/null || echo 0
  fi
}
snapshot() { local p; for p in "${processes[@]}"; do echo "$p $(ticks "$p")"; done; }
# PostgreSQL backends come and go with the pools; per-backend ticks of the same pids before and after.
pg_snapshot() { local c; for c in ${pid[postgres]} $(pgrep -P "${pid[postgres]}" | tr '\n' ' '); do echo "$c $(awk '{ print $14 + $15 }' "/proc/$c/stat" 2>/dev/null || echo 0)"; done; }

token() {
  curl -sf --max-time 30 -d grant_type=password -d client_id=incubator-cli -d username=county-officer -d password=demo \
    "$keycloak/realms/incubator/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
TOKEN=$(token)
[ -n "$TOKEN" ] || { echo "no token from Keycloak for county-officer" >&2; exit 1; }

# A realistic register: $organizations more organizations in the county officer's county (recorded once, through the API).
divisions=$home/platform/platform-core/src/main/resources/cn/incubator/platform/jurisdiction/divisions.tsv.gz
zcat "$divisions" | grep '^430121' > "$work/divisions.tsv"
java "$here/SeedOrganizations.java" "$gateway" "$keycloak" "$organizations" "$work/divisions.tsv" 4 >&2

# The mix: 16 name searches (20 rows, the default sort) and one read of each other service, twice, in one cycle of 24.
terms=(协会 服务 星沙 泉塘 㮾梨 黄花 江背 湘龙 春华 安沙 养老 志愿 青少 文化 社区 龙舟)
urlencode() { local LC_ALL=C s=$1 i c; for ((i = 0; i < ${#s}; i++)); do c=${s:i:1}; case "$c" in [a-zA-Z0-9.~_-]) printf '%s' "$c" ;; *) printf '%%%02X' "'$c" ;; esac; done; }
declare -A read_path=(
  [incubation]=/api/incubation/v1/cases?size=20
  [grants]=/api/grants/v1/programmes
  [training]=/api/training/v1/courses?size=20
  [party-building]=/api/party-building/v1/cases?size=20)
others=(incubation grants training party-building)
{
  for i in "${!terms[@]}"; do
    printf 'search\t/api/registry/v1/organizations?name=%s&size=20\n' "$(urlencode "${terms[$i]}")"
    if [ $((i % 4)) = 3 ]; then s=${others[$((i / 4))]}; printf '%s\t%s\n' "$s" "${read_path[$s]}"; fi
  done
  for s in "${others[@]}"; do printf '%s\t%s\n' "$s" "${read_path[$s]}"; done
} > "$work/mix.paths"
for s in "${services[@]}"; do
  if [ "$s" = registry ]; then grep '^search' "$work/mix.paths"; else grep "^$s	" "$work/mix.paths"; fi > "$work/$s.paths"
done

# Every path answers 200 through the gateway and directly before anything is measured.
while IFS=$'\t' read -r kind path; do
  for base in "$gateway" "http://127.0.0.1:${service_port[${kind/search/registry}]}"; do
    code=$(curl -s -o "$work/check.body" -w '%{http_code}' --max-time 30 -H "Authorization: Bearer $TOKEN" "$base$path")
    [ "$code" = 200 ] || { head -c 600 "$work/check.body" >&2; echo; echo "$base$path answered $code" >&2; exit 1; }
  done
done < "$work/mix.paths"
search_totals=$(while IFS=$'\t' read -r kind path; do
  [ "$kind" = search ] || continue
  curl -s -H "Authorization: Bearer $TOKEN" "$gateway$path" | sed -n 's/.*"total":\([0-9]*\).*/\1/p'; echo
done < "$work/mix.paths" | tr -s '\n' ' ')

ms() { # wrk latency (e.g. 812.00us, 1.20ms, 1.01s) to milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
run_wrk() { # name paths-file port seconds
  TOKEN=$(token)
  BENCH_TOKEN=$TOKEN BENCH_PATHS=$2 BENCH_COUNTS=$work/$1.counts \
    wrk -t2 -c32 -d"$4"s --timeout 10s --latency -s "$here/mix.lua" "http://127.0.0.1:$3" > "$work/$1.wrk" 2>&1
}
summary() { # name -> "rps p50 p99 non2xx errors requests"
  local f=$work/$1.wrk rps p50 p99 non2xx errors n
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$f")
  p50=$(ms "$(awk '$1 == "50%" { print $2 }' "$f")")
  p99=$(ms "$(awk '$1 == "99%" { print $2 }' "$f")")
  non2xx=$(awk '$1 == "status" && ($2 < 200 || $2 > 299) { s += $3 } END { print s + 0 }' "$work/$1.counts")
  errors=$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$f"); errors=${errors:-0}
  n=$(awk '/requests in/ { print $1 }' "$f")
  echo "${rps:-0} $p50 $p99 $non2xx $errors ${n:-0}"
}
measure() { # name paths-file port seconds -> CPU ticks per process in $work/name.cpu
  local before after
  before=$(snapshot); pg_snapshot > "$work/$1.pg0"
  run_wrk "$@"
  after=$(snapshot); pg_snapshot > "$work/$1.pg1"
  # PostgreSQL: the ticks of the processes alive at both ends (backends of the pools), and of the postmaster.
  local pg
  pg=$(awk 'NR == FNR { a[$1] = $2; next } ($1 in a) { s += $2 - a[$1] } END { print s + 0 }' "$work/$1.pg0" "$work/$1.pg1")
  paste <(echo "$before") <(echo "$after") | awk -v pg="$pg" '{ print $1, ($1 == "postgres" ? pg : $4 - $2) }' > "$work/$1.cpu"
}
cpu_us() { # name process -> CPU microseconds per request
  awk -v p="$2" -v hz="$(getconf CLK_TCK)" -v n="$(summary "$1" | cut -d' ' -f6)" \
    '$1 == p { printf "%.0f", (n > 0 ? $2 / hz * 1e6 / n : 0) }' "$work/$1.cpu"
}

# Order: the mix through the gateway warms every process; each service is then measured directly; the mix through
# the gateway is measured last, when the JIT compilers of all processes have had the longest time (on a busy 2-core
# machine C2 is still compiling minutes after a start, and its threads' CPU counts in the process's figure).
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "warming up ${warmup}s through the gateway" >&2
run_wrk warm "$work/mix.paths" "$gateway_port" "$warmup"
for s in "${services[@]}"; do
  echo "direct: $s, ${direct_warmup}s warm-up, ${direct_duration}s" >&2
  run_wrk "warm-$s" "$work/$s.paths" "${service_port[$s]}" "$direct_warmup"
  measure "direct-$s" "$work/$s.paths" "${service_port[$s]}" "$direct_duration"
done
load_mid=$(cut -d' ' -f1-3 /proc/loadavg)
echo "measuring ${duration}s through the gateway (after ${direct_warmup}s more warm-up)" >&2
run_wrk warm-again "$work/mix.paths" "$gateway_port" "$direct_warmup"
if [ -n "${BENCH_JFR_DIR:-}" ]; then # a JFR recording of the gateway and each service during the measured mix
  mkdir -p "$BENCH_JFR_DIR"
  for p in gateway "${services[@]}"; do
    jcmd "${pid[$p]}" JFR.start duration="${duration}s" settings=profile filename="$BENCH_JFR_DIR/$p.jfr" >/dev/null
  done
fi
measure gateway-mix "$work/mix.paths" "$gateway_port" "$duration"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

jvm_flags=$(tr '\0' ' ' < "/proc/${pid[registry]}/cmdline" | sed 's/ -jar .*//; s/^[^ ]* //')
report() {
  echo "Service benchmark ($( $small && echo small || echo full ) mode), $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "load average (1, 5, 15 min): before $load_before, after the direct runs $load_mid, at the end $load_after"
  echo "platform: $(git -C "$home" rev-parse --short HEAD 2>/dev/null || echo '?')$($use_running && echo ', already running' || echo ", started by this script in ${started_in}s")"
  echo "services' JVM flags ($profile profile): $jvm_flags"
  echo "java: $(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ { print $2 }')"
  echo "data: $(java "$here/SeedOrganizations.java" "$gateway" "$keycloak" 0 "$work/divisions.tsv" 2>/dev/null | sed 's/.*holds \([0-9]*\).*/\1/') organizations in Changsha County visible to county-officer"
  echo "      totals of the 16 search terms: $search_totals"
  echo "mix (one cycle of $(wc -l < "$work/mix.paths") requests, as county-officer with a Keycloak token):"
  echo "      search: GET /api/registry/v1/organizations?name=<term>&size=20, terms ${terms[*]}"
  for s in "${others[@]}"; do echo "      $s: GET ${read_path[$s]}"; done
  echo "load: wrk -t2 -c32 --latency; ${warmup}s warm-up through the gateway; each service directly with its part of"
  echo "      the mix, ${direct_warmup}s warm-up then ${direct_duration}s each; then ${direct_warmup}s + ${duration}s through the gateway"
  echo
  printf '%-24s %8s %8s %8s %7s %7s\n' run rps p50_ms p99_ms non2xx errors
  local name
  for name in gateway-mix "${services[@]/#/direct-}"; do
    read -r rps p50 p99 non2xx errors _ <<< "$(summary "$name")"
    printf '%-24s %8s %8s %8s %7s %7s\n' "$name" "$rps" "$p50" "$p99" "$non2xx" "$errors"
  done
  echo
  echo "requests by kind through the gateway: $(sort "$work/gateway-mix.counts" | awk '$1 == "kind" { printf "%s %s, ", $2, $3 }' | sed 's/, $//')"
  echo "statuses through the gateway: $(awk '$1 == "status" { printf "%s x %s, ", $2, $3 }' "$work/gateway-mix.counts" | sed 's/, $//')"
  echo
  echo "CPU per request (us, user + system) of each process during each run:"
  printf '%-24s' run; for p in "${processes[@]}"; do printf ' %9s' "${p:0:9}"; done; printf ' %9s\n' total
  for name in gateway-mix "${services[@]/#/direct-}"; do
    printf '%-24s' "$name"
    local sum=0 v
    for p in "${processes[@]}"; do v=$(cpu_us "$name" "$p"); sum=$((sum + v)); printf ' %9s' "$v"; done
    printf ' %9s\n' "$sum"
  done
  echo
  echo "target (issue 11): the mix >= 3000 rps through the gateway at p99 <= 50 ms, 0 non-2xx"
}
if [ -n "$out" ]; then report | tee "$out"; else report; fi
failed=0
for name in gateway-mix "${services[@]/#/direct-}"; do
  read -r rps _ _ non2xx errors _ <<< "$(summary "$name")"
  if [ "$non2xx" != 0 ] || [ "$errors" != 0 ] || [ "$rps" = 0 ]; then
    echo "FAILED: $name: $non2xx non-2xx answers, $errors socket errors, $rps rps" >&2
    failed=1
  fi
done
exit $failed

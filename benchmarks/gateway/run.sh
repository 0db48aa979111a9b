#!/usr/bin/env bash
# Gateway benchmark, one command: a static backend (nginx serving a fixed ~5 KB JSON body), nginx as a plain
# reverse proxy with upstream keep-alive in front of it, and the gateway (its jar, JWT checked against a local JWK
# set with a real RS256 token) in front of the same backend; wrk drives them in the same run and the script prints
# rps, p50, p99, the non-2xx count, CPU per request and the ratio gateway/nginx.
# The floors (benchmarks/gateway/floor, with the same JVM flags, in front of the same backend, in the same run) say
# what the parts the gateway is built on cost by themselves: Reactor Netty's server and client alone (netty), Spring
# Cloud Gateway as it comes (scg), and the same with Spring Security's resource server checking the token (scg-jwt);
# and, called directly, what a Spring MVC service costs before doing anything of its own (mvc-jwt, service-floor).
#
#   benchmarks/gateway/run.sh [--small] [--duration SECONDS] [--warmup SECONDS] [--profile laptop|serving]
#                             [--java JAVA_HOME] [--out FILE] [--no-floors]
#
# --small: a few seconds each, for CI (no timing assert: it fails only if something does not answer, or if the
# gateway or a floor answers anything but 200 to the load). Ports: BENCH_PORT_BASE+1..+7 (default 18901..18907),
# loopback only. Needs gateway/target/gateway.jar and the floors' jars (./mvnw -B -ntp -pl
# gateway,benchmarks/gateway/floor,benchmarks/gateway/service-floor -am package -DskipTests); installs wrk and nginx with apt-get
# if they are missing. GATEWAY_JVM_OPTS overrides the profile's JVM flags (of the floors too); GATEWAY_ARGS adds
# Spring properties to the gateway (e.g. "--management.tracing.sampling.probability=0.1").
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
home=${BENCH_HOME:-$(cd "$here/../.." && pwd)}
duration=20
warmup=15
profile=serving
java_home=${JAVA_HOME:-}
out=
small=false
floors=true
while [ $# -gt 0 ]; do
  case "$1" in
    --small) small=true; duration=3; warmup=3 ;;
    --duration) duration=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --profile) profile=$2; shift ;;
    --java) java_home=$2; shift ;;
    --out) out=$2; shift ;;
    --no-floors) floors=false ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
java=${java_home:+$java_home/bin/}java

# The two JVM profiles (see README "JVM profiles"): the launcher's start-up profile, and the serving one.
laptop_opts="-XX:+UseSerialGC -Xms48m -Xmx192m -Xss512k -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:TieredStopAtLevel=1 -Duser.timezone=UTC"
serving_opts="-XX:+UseParallelGC -Xms256m -Xmx256m -XX:MetaspaceSize=128m -XX:MaxMetaspaceSize=192m -Duser.timezone=UTC"
case "$profile" in
  laptop) jvm_opts=${GATEWAY_JVM_OPTS:-$laptop_opts} ;;
  serving) jvm_opts=${GATEWAY_JVM_OPTS:-$serving_opts} ;;
  *) echo "unknown profile $profile" >&2; exit 2 ;;
esac

base=${BENCH_PORT_BASE:-18900}
backend_port=$((base + 1)); proxy_port=$((base + 2)); gateway_port=$((base + 3))
netty_port=$((base + 4)); scg_port=$((base + 5)); jwt_port=$((base + 6)); mvc_port=$((base + 7))
jar=${GATEWAY_JAR:-$home/gateway/target/gateway.jar}
[ -f "$jar" ] || { echo "$jar is missing: ./mvnw -B -ntp -pl gateway -am package -DskipTests" >&2; exit 1; }
floor_jar=$home/benchmarks/gateway/floor/target/gateway-floor.jar
service_floor_jar=$home/benchmarks/gateway/service-floor/target/service-floor.jar
if $floors && { [ ! -f "$floor_jar" ] || [ ! -f "$service_floor_jar" ]; }; then
  echo "the floors' jars are missing: ./mvnw -B -ntp -pl benchmarks/gateway/floor,benchmarks/gateway/service-floor -am package -DskipTests (or --no-floors)" >&2
  exit 1
fi

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} with apt-get"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
nginx=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d "${TMPDIR:-/tmp}/gateway-bench.XXXXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -f "$work/backend.pid" ] && kill "$(cat "$work/backend.pid")" 2>/dev/null || true
  [ -f "$work/proxy.pid" ] && kill "$(cat "$work/proxy.pid")" 2>/dev/null || true
  sleep 0.3
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

for port in $backend_port $proxy_port $gateway_port $netty_port $scg_port $jwt_port $mvc_port; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then echo "port $port is in use (BENCH_PORT_BASE moves them)" >&2; exit 1; fi
done

# The static backend: the same path as the registry's registration guides, a fixed ~5 KB JSON body, and the JWK set.
mkdir -p "$work/www/api/registry/v1" "$work/www/realms/incubator/protocol/openid-connect" "$work/tmp"
{
  printf '{"items":['
  for i in $(seq 1 40); do
    [ "$i" -gt 1 ] && printf ','
    printf '{"id":%d,"title":"registration guide %03d","category":"social-service-agency","steps":3,"updatedAt":"2026-01-01"}' "$i" "$i"
  done
  printf '],"total":40}'
} > "$work/www/api/registry/v1/registration-guides"
issuer="http://127.0.0.1:$backend_port/realms/incubator"
token=$("$java" "$here/BenchToken.java" "$work/www/realms/incubator/protocol/openid-connect/certs" "$issuer")

cat > "$work/backend.conf" <<CONF
worker_processes 1;
pid $work/backend.pid;
error_log $work/backend-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$backend_port;
    root $work/www;
    default_type application/json;
  }
}
CONF
cat > "$work/proxy.conf" <<CONF
worker_processes auto;
pid $work/proxy.pid;
error_log $work/proxy-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  keepalive_requests 1000000;
  upstream backend { server 127.0.0.1:$backend_port; keepalive 64; }
  server {
    listen 127.0.0.1:$proxy_port;
    location / {
      proxy_pass http://backend;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
CONF
chmod -R a+rX "$work"  # nginx workers run as an unprivileged user when started by root
"$nginx" -c "$work/backend.conf" -p "$work" -g 'daemon on;' 2>/dev/null
"$nginx" -c "$work/proxy.conf" -p "$work" -g 'daemon on;' 2>/dev/null

services=""
for route in registry incubation grants training party-building; do
  services="$services --incubator.services.$route=http://127.0.0.1:$backend_port"
done
wait_for() { # name pid url
  for i in $(seq 1 240); do
    if curl -s -o /dev/null "$3"; then return 0; fi
    if ! kill -0 "$2" 2>/dev/null; then cat "$work/$1.log" >&2; echo "$1 exited" >&2; exit 1; fi
    sleep 0.5
  done
  echo "$1 did not start" >&2; exit 1
}
# shellcheck disable=SC2086
"$java" $jvm_opts -jar "$jar" --server.port=$gateway_port --incubator.keycloak.url=http://127.0.0.1:$backend_port \
  $services ${GATEWAY_ARGS:-} > "$work/gateway.log" 2>&1 &
gateway_pid=$!
pids+=($gateway_pid)
wait_for gateway $gateway_pid "http://127.0.0.1:$gateway_port/actuator/health"
# The floors (benchmarks/gateway/floor and service-floor): the same JVM flags and backend, nothing of ours.
floor_names=()
declare -A floor_port floor_pid
if $floors; then
  # shellcheck disable=SC2086
  "$java" $jvm_opts -jar "$floor_jar" netty $netty_port $backend_port > "$work/netty.log" 2>&1 &
  netty_pid=$!; pids+=($netty_pid)
  # shellcheck disable=SC2086
  "$java" $jvm_opts -jar "$floor_jar" scg $scg_port $backend_port > "$work/scg.log" 2>&1 &
  scg_pid=$!; pids+=($scg_pid)
  # shellcheck disable=SC2086
  "$java" $jvm_opts -jar "$floor_jar" scg-jwt $jwt_port $backend_port > "$work/scg-jwt.log" 2>&1 &
  jwt_pid=$!; pids+=($jwt_pid)
  # shellcheck disable=SC2086
  "$java" $jvm_opts -jar "$service_floor_jar" $mvc_port $backend_port "$work/www/api/registry/v1/registration-guides" \
    > "$work/mvc-jwt.log" 2>&1 &
  mvc_pid=$!; pids+=($mvc_pid)
  floor_names=(netty scg scg-jwt mvc-jwt)
  floor_port=([netty]=$netty_port [scg]=$scg_port [scg-jwt]=$jwt_port [mvc-jwt]=$mvc_port)
  floor_pid=([netty]=$netty_pid [scg]=$scg_pid [scg-jwt]=$jwt_pid [mvc-jwt]=$mvc_pid)
  for floor in "${floor_names[@]}"; do wait_for "$floor" "${floor_pid[$floor]}" "http://127.0.0.1:${floor_port[$floor]}/"; done
fi
url_path=/api/registry/v1/registration-guides
check() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
[ "$(check -H "Authorization: Bearer $token" "http://127.0.0.1:$gateway_port$url_path")" = 200 ] \
  || { grep -E "ERROR|WARN|Exception" "$work/gateway.log" | head -8 >&2; echo "the gateway does not answer 200 with the token" >&2; exit 1; }
[ "$(check "http://127.0.0.1:$gateway_port$url_path")" = 401 ] || { echo "the gateway does not ask for a token" >&2; exit 1; }
# A changed signature: one character ten from the end (the last one carries padding bits, so changing it may decode
# to the same signature bytes).
at=$((${#token} - 10)); c=${token:$at:1}; [ "$c" = A ] && c=B || c=A
bad_token=${token:0:$at}$c${token:$((at + 1))}
[ "$(check -H "Authorization: Bearer $bad_token" "http://127.0.0.1:$gateway_port$url_path")" = 401 ] \
  || { echo "the gateway accepts a token with a bad signature" >&2; exit 1; }
[ "$(check -H "Authorization: Bearer $token" "http://127.0.0.1:$proxy_port$url_path")" = 200 ] || { echo "nginx proxy does not answer" >&2; exit 1; }
if $floors; then
  for port in $jwt_port $mvc_port; do
    [ "$(check "http://127.0.0.1:$port$url_path")" = 401 ] || { echo "the floor on port $port does not ask for a token" >&2; exit 1; }
    [ "$(check -H "Authorization: Bearer $bad_token" "http://127.0.0.1:$port$url_path")" = 401 ] \
      || { echo "the floor on port $port accepts a token with a bad signature" >&2; exit 1; }
  done
fi
for floor in "${floor_names[@]}"; do
  [ "$(check -H "Authorization: Bearer $token" "http://127.0.0.1:${floor_port[$floor]}$url_path")" = 200 ] \
    || { echo "the $floor floor does not answer 200" >&2; exit 1; }
done
body_bytes=$(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$gateway_port$url_path" | wc -c)

[ -n "${BENCH_BEFORE_MEASURE:-}" ] && export BENCH_GATEWAY_PID=$gateway_pid

# wrk: 2 threads, 32 connections, the Authorization header on every request (nginx ignores it).
run_wrk() { # name port seconds
  wrk -t2 -c32 -d"$3"s --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$2$url_path" > "$work/$1.wrk" 2>&1
}
ms() { # wrk latency (e.g. 812.00us, 1.20ms, 1.01s) to milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
summary() { # name -> "rps p50 p99 non2xx errors"
  local f=$work/$1.wrk
  local rps p50 p99 non2xx errors
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$f")
  p50=$(ms "$(awk '$1 == "50%" { print $2 }' "$f")")
  p99=$(ms "$(awk '$1 == "99%" { print $2 }' "$f")")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$f"); non2xx=${non2xx:-0}
  errors=$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$f"); errors=${errors:-0}
  echo "$rps $p50 $p99 $non2xx $errors"
}

cpu_ticks() { # user + system clock ticks of the given processes (and their threads)
  local total=0 pid
  for pid in "$@"; do total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0))); done
  echo $total
}
allocated_bytes() { # bytes the gateway's JVM has allocated so far (Micrometer's jvm.gc.memory.allocated)
  curl -s "http://127.0.0.1:$gateway_port/actuator/prometheus" | awk '/^jvm_gc_memory_allocated_bytes_total/ { s += $NF } END { printf "%.0f", s }'
}
context_switches() { # voluntary context switches of every thread of the process so far
  cat /proc/"$1"/task/*/status 2>/dev/null | awk '/^voluntary_ctxt_switches/ { s += $2 } END { print s + 0 }'
}
per_request() { # before, after, wrk file -> (after - before) / requests
  awk -v a="$1" -v b="$2" '/requests in/ { n = $1 } END { printf "%.0f", (n > 0 ? (b - a) / n : 0) }' "$3"
}
cpu_per_request() { # ticks before, after, wrk file -> CPU microseconds per request
  awk -v a="$1" -v b="$2" -v hz="$(getconf CLK_TCK)" '/requests in/ { n = $1 } END { printf "%.0f", (n > 0 ? (b - a) / hz * 1e6 / n : 0) }' "$3"
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "warming up ${warmup}s each (gateway, nginx ${floor_names[*]})" >&2
run_wrk warm-gateway $gateway_port "$warmup"
run_wrk warm-nginx $proxy_port "$warmup"
for floor in "${floor_names[@]}"; do run_wrk "warm-$floor" "${floor_port[$floor]}" "$warmup"; done
if [ -n "${BENCH_BEFORE_MEASURE:-}" ]; then eval "$BENCH_BEFORE_MEASURE"; fi
echo "measuring ${duration}s each (nginx, gateway ${floor_names[*]})" >&2
measure() { # name port pids...: runs wrk and leaves the CPU microseconds per request in $work/name.cpu
  local name=$1 port=$2; shift 2
  local c0 c1
  c0=$(cpu_ticks "$@")
  run_wrk "$name" "$port" "$duration"
  c1=$(cpu_ticks "$@")
  cpu_per_request "$c0" "$c1" "$work/$name.wrk" > "$work/$name.cpu"
}
proxy_pids="$(cat "$work/proxy.pid") $(pgrep -P "$(cat "$work/proxy.pid")" | tr '\n' ' ')"
# shellcheck disable=SC2086
measure nginx $proxy_port $proxy_pids
g_alloc0=$(allocated_bytes); g_cs0=$(context_switches $gateway_pid)
measure gateway $gateway_port $gateway_pid
g_alloc1=$(allocated_bytes); g_cs1=$(context_switches $gateway_pid)
if [ -n "${BENCH_AFTER_MEASURE:-}" ]; then eval "$BENCH_AFTER_MEASURE"; fi
for floor in "${floor_names[@]}"; do measure "$floor" "${floor_port[$floor]}" "${floor_pid[$floor]}"; done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

read -r n_rps _ _ _ _ <<< "$(summary nginx)"
read -r g_rps _ _ g_non2xx _ <<< "$(summary gateway)"
g_alloc=$(per_request "$g_alloc0" "$g_alloc1" "$work/gateway.wrk")
g_cs=$(awk -v a="$g_cs0" -v b="$g_cs1" '/requests in/ { n = $1 } END { printf "%.2f", (n > 0 ? (b - a) / n : 0) }' "$work/gateway.wrk")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }'; }
fallbacks=$(curl -s "http://127.0.0.1:$gateway_port/actuator/prometheus" | awk '/^gateway_fallback_total/ { s += $NF } END { print s + 0 }')

row() { # name
  local rps p50 p99 non2xx err
  read -r rps p50 p99 non2xx err <<< "$(summary "$1")"
  printf '%-8s %10s %10s %10s %8s %8s %12s\n' "$1" "$rps" "$p50" "$p99" "$non2xx" "$err" "$(cat "$work/$1.cpu")"
}
report() {
  echo "Gateway benchmark ($( $small && echo small || echo full ) mode), $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "load average (1, 5, 15 min): before $load_before, after $load_after"
  echo "what: GET $url_path, a static ${body_bytes}-byte JSON body from nginx (1 worker) on loopback"
  echo "      nginx proxy: nginx $("$nginx" -v 2>&1 | sed 's/.*\///'), worker_processes auto, upstream keepalive 64"
  echo "      gateway: $(git -C "$home" rev-parse --short HEAD 2>/dev/null || echo '?') gateway.jar, JWT (RS256, 2048-bit) checked on every request against a local JWK set"
  echo "java: $("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ { print $2 }') ($java)"
  echo "JVM flags ($profile profile): $jvm_opts"
  [ -n "${GATEWAY_ARGS:-}" ] && echo "gateway arguments: $GATEWAY_ARGS"
  echo "load: wrk -t2 -c32 -d${duration}s --latency with the Authorization header; ${warmup}s warm-up of each first"
  echo
  printf '%-8s %10s %10s %10s %8s %8s %12s\n' path rps p50_ms p99_ms non2xx errors cpu_us/req
  for name in nginx gateway "${floor_names[@]}"; do row "$name"; done
  echo
  echo "ratio gateway/nginx (rps): $(ratio "$g_rps" "$n_rps")"
  if $floors; then
    read -r s_rps _ <<< "$(summary scg)"
    read -r j_rps _ <<< "$(summary scg-jwt)"
    read -r t_rps _ <<< "$(summary netty)"
    echo "ratio gateway/scg-jwt (rps): $(ratio "$g_rps" "$j_rps"); scg-jwt/scg: $(ratio "$j_rps" "$s_rps"); scg/netty: $(ratio "$s_rps" "$t_rps"); netty/nginx: $(ratio "$t_rps" "$n_rps")"
    echo "floors (benchmarks/gateway/floor: same JVM flags, same backend): netty = Reactor Netty's server and client alone;"
    echo "  scg = Spring Cloud Gateway $( (unzip -l "$floor_jar" 2>/dev/null || true) | grep -o 'spring-cloud-gateway-server-webflux-[0-9.]*[0-9]' | head -1 | sed 's/.*-//') as it comes, one route, nothing of ours; scg-jwt = scg with Spring"
    echo "  Security's resource server checking the token as documented (stateless, decoded tokens kept in a map);"
    echo "  mvc-jwt = a service floor, not a proxy: Spring MVC (Tomcat) answering the same body itself after the same token"
    echo "  check (benchmarks/gateway/service-floor); a request through the gateway to a Spring service costs at least"
    echo "  scg-jwt + mvc-jwt = $(( $(cat "$work/scg-jwt.cpu") + $(cat "$work/mvc-jwt.cpu") )) us of CPU before either does any work of its own"
  fi
  echo "cpu_us/req: CPU time (user + system) of the proxy's processes per request; less sensitive than rps to a busy machine"
  echo "gateway per request: $g_alloc bytes allocated (jvm.gc.memory.allocated), $g_cs voluntary context switches (all threads)"
  echo "  (both counts hardly depend on how busy the machine is: use them to compare gateway builds on a shared machine)"
  echo "gateway fallbacks (gateway_fallback_total) after the run: $fallbacks"
  echo "target (issue 11): gateway >= 15000 rps with JWT at 32 connections, p99 <= 10 ms"
}
if [ -n "$out" ]; then report | tee "$out"; else report; fi
if [ "${g_non2xx:-0}" != 0 ] || [ "${g_rps:-0}" = 0 ]; then
  echo "FAILED: the gateway answered $g_non2xx non-2xx responses under load" >&2
  grep -m5 "fallback" "$work/gateway.log" >&2 || true
  exit 1
fi
for floor in "${floor_names[@]}"; do
  read -r f_rps _ _ f_non2xx _ <<< "$(summary "$floor")"
  if [ "${f_non2xx:-0}" != 0 ] || [ "${f_rps:-0}" = 0 ]; then echo "FAILED: the $floor floor answered $f_non2xx non-2xx responses" >&2; exit 1; fi
done

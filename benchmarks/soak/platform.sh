# Shared by benchmarks/soak/run.sh and benchmarks/faults/run.sh (sourced, not run): starts the whole platform with
# ./start.sh in its own session, with its logs, process ids and database in a fresh run directory of its own
# (INCUBATOR_RUN_DIRECTORY, so the checkout's demo data in .run/ is left alone), talks to the launcher's control
# directory to stop and start single parts, and stops everything at the end.
#
# Needs: $home (the checkout), $run_rel (the run directory, relative to $home), $profile (serving|laptop).
# INCUBATOR_PORT_OFFSET moves every port, as for ./start.sh.

offset=${INCUBATOR_PORT_OFFSET:-0}
gateway_url="http://localhost:$((8080 + offset))"
keycloak_url="http://localhost:$((8180 + offset))"
run_dir="$home/$run_rel"
launcher=""

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

need_jdk_tools() {
  local tool
  for tool in java curl setsid; do
    command -v "$tool" >/dev/null || { echo "$tool is needed (a JDK 17 and curl)" >&2; exit 2; }
  done
}

# Starts the platform and waits until it is ready (the build, if stale, is done by ./start.sh itself).
platform_start() {
  local log="$run_dir.start.log" deadline=$((SECONDS + ${PLATFORM_READY_TIMEOUT:-1800}))
  rm -rf "$run_dir" "$log"
  mkdir -p "$(dirname "$run_dir")"
  say "starting the platform (./start.sh, INCUBATOR_JVM_PROFILE=$profile, ports +$offset, data in $run_rel)"
  (cd "$home" && INCUBATOR_START_TIMEOUT=${INCUBATOR_START_TIMEOUT:-1800} INCUBATOR_RUN_DIRECTORY="$run_rel" INCUBATOR_JVM_PROFILE="$profile" exec setsid ./start.sh) \
    > "$log" 2>&1 < /dev/null &
  launcher=$!
  while ! grep -q 'platform ready' "$log" 2>/dev/null; do
    if ! kill -0 "$launcher" 2>/dev/null; then
      tail -n 30 "$log" >&2
      echo "the platform did not start (log: $log)" >&2
      launcher=""
      exit 1
    fi
    [ $SECONDS -ge $deadline ] && { tail -n 30 "$log" >&2; echo "the platform was not ready in time" >&2; exit 1; }
    sleep 2
  done
  # The control directory is watched once the welcome text is printed.
  for _ in $(seq 1 60); do [ -d "$run_dir/control" ] && break; sleep 0.5; done
  say "$(grep -o 'platform ready.*' "$log" | head -1) ($(grep -o '\[ *[0-9.]* s\] platform ready' "$log" | tr -d '[]' | awk '{print $1}') s)"
}

# Instead of platform_start: a platform already running from this checkout (./start.sh, run directory $run_rel),
# left running at the end; its parts are stopped and started through its launcher's control directory.
platform_use_running() {
  profile="as started"
  [ -d "$run_dir/control" ] && curl -sf -o /dev/null "$gateway_url/actuator/health" \
    || { echo "no platform of $run_rel answers on $gateway_url" >&2; exit 1; }
}

# SIGTERM to the launcher (it stops every part, PostgreSQL last); SIGKILL to what is left after 120 s.
platform_stop() {
  [ -n "$launcher" ] || return 0
  say "stopping the platform"
  kill -TERM "$launcher" 2>/dev/null
  for _ in $(seq 1 120); do kill -0 "$launcher" 2>/dev/null || break; sleep 1; done
  if kill -0 "$launcher" 2>/dev/null; then
    local left
    left=$(pgrep -s "$launcher" | tr '\n' ' ')
    say "still running after 120 s, killing: $left"
    [ -n "$left" ] && kill -KILL $left 2>/dev/null
  fi
  local pg
  pg=$(part_pid postgres)
  if [ -n "$pg" ] && kill -0 "$pg" 2>/dev/null && tr '\0' ' ' < "/proc/$pg/cmdline" 2>/dev/null | grep -q -- "$run_dir/pgdata"; then
    kill -TERM "$pg" 2>/dev/null
  fi
  launcher=""
}

part_pid() { cat "$run_dir/pids/$1.pid" 2>/dev/null | tr -d '\n'; }

# control stop|start|restart PART: asks the launcher, waits for it to be done (a start: healthy again).
control() {
  local request="$run_dir/control/$1-$2" deadline=$((SECONDS + ${3:-900}))
  rm -f "$request.done" "$request.failed"
  : > "$request"
  while [ ! -f "$request.done" ] && [ ! -f "$request.failed" ]; do
    [ $SECONDS -ge $deadline ] && { echo "launcher did not $1 $2 in time" >&2; return 1; }
    [ -z "$launcher" ] || kill -0 "$launcher" 2>/dev/null || { echo "the launcher has exited" >&2; return 1; }
    sleep 0.2
  done
  [ -f "$request.done" ] || { echo "launcher could not $1 $2: $(cat "$request.failed")" >&2; return 1; }
}

# The pids of the services and the gateway, as the driver's --pids option wants them.
service_pids() {
  local out="" part
  for part in registry-service incubation-service grant-service training-service party-building-service gateway; do
    out="$out${out:+,}$part=$(part_pid "$part")"
  done
  echo "$out"
}

machine_lines() {
  echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); the load averages show what else ran"
  echo "java: $(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ { print $2 }'); platform $(git -C "$home" rev-parse --short HEAD 2>/dev/null)$(git -C "$home" diff --quiet 2>/dev/null || echo ' + uncommitted changes'), JVM profile $profile"
}

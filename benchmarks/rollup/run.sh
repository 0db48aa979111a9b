#!/usr/bin/env bash
# The roll-up benchmark (benchmarks/README.md): a city roll-up fanned out to 100 simulated tier nodes (in-process gRPC
# servers, 5-40 ms each, 10 dead: half refusing at once, half hanging), timed as a service runs it, with every breaker
# closed, and as the sequential sum of the same calls, every answer checked against an oracle.
#   benchmarks/rollup/run.sh           full run (~5 min), writes benchmarks/results/rollup.txt
#   benchmarks/rollup/run.sh --small   20 nodes, 2 dead, 5 runs, as CI runs it: no timing assert, fails only on a wrong
#                                      answer; writes platform/platform-service/target/rollup-benchmark.txt
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
args=(-Dbench.rollup.output="$PWD/benchmarks/results/rollup.txt")
if [ "${1:-}" = "--small" ]; then
  args=(-Dbench.nodes=20 -Dbench.dead=2 -Dbench.runs=5)
elif [ -n "${1:-}" ]; then
  echo "usage: $0 [--small]" >&2
  exit 2
fi
exec ./mvnw -B -ntp -q -pl platform/platform-service -am -Pbench verify -DskipTests "${args[@]}"

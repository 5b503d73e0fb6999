#!/usr/bin/env bash
# How check's per-plan work scales from one core to two on this machine:
#   bash scripts/bench/scaling.sh <root> [rounds=3]
# Each round runs, in turn: all plans in one process (1/1); half the plans in one process
# alone (0/2); both halves in two processes at once (0/2 + 1/2). Wall and CPU are measured from
# outside by /usr/bin/time and, after start-up, by each process itself (half.ts). Run it on a
# quiet machine: print the 1-minute load before each run.
set -euo pipefail
root=${1:?usage: scaling.sh <root> [rounds]}
rounds=${2:-3}
cd "$(dirname "$0")/../.."
run() { node --max-semi-space-size=64 --import tsx scripts/bench/half.ts "$root" "$@"; }
for r in $(seq 1 "$rounds"); do
  echo "round $r load $(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -f "  one process, all plans: %e s wall, %U s user" bash -c "$(declare -f run); root=$root; run 0 1"
  /usr/bin/time -f "  one process, half alone: %e s wall, %U s user" bash -c "$(declare -f run); root=$root; run 0 2"
  /usr/bin/time -f "  two processes, a half each at once: %e s wall, %U s user" bash -c "$(declare -f run); root=$root; run 0 2 & run 1 2; wait"
done

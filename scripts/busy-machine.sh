#!/usr/bin/env bash
# CI on a busy machine: `bash .ci/run` on a fresh clone of this repository, N times in a row (default
# 3), each beside a busy loop that keeps one CPU core full. Prints one line per run and stops at the
# first failure. Slow by design: about half an hour a run on two cores.
set -uo pipefail
runs=${1:-3}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
node -e 'for (;;) Math.sqrt(Math.random())' &
busy=$!
trap 'kill $busy 2>/dev/null; rm -rf "$work"' EXIT
for run in $(seq 1 "$runs"); do
  rm -rf "$work/clone" && git clone -q "$repo" "$work/clone"
  start=$(date +%s)
  (cd "$work/clone" && bash .ci/run > "$work/run$run.log" 2>&1)
  status=$?
  echo "run $run of $runs: $(tail -1 "$work/run$run.log") in $(( $(date +%s) - start )) s, load $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ "$status" != 0 ]; then
    mkdir -p "$repo/test-results" && cp "$work/run$run.log" "$repo/test-results/busy-machine-run$run.log"
    exit 1
  fi
done

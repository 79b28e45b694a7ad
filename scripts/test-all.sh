#!/usr/bin/env bash
# `npm test`: every check CI runs, in order, continuing after a failure so one run shows all of
# them. Ends with one line adding up every test suite.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/vitest.json test-results/e2e.json
status=0
step() {
  local name=$1
  shift
  printf '\n== %s\n' "$name"
  if ! "$@"; then
    printf '!! %s failed\n' "$name"
    status=1
  fi
}

step typecheck npx tsc -b
step lint npx eslint .
step "unit, component and emulator tests" npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
step build npx vite build --logLevel warn
step size node scripts/size.mjs --no-build
step "end-to-end tests" npx playwright test -c e2e
printf '\n'
node scripts/test-summary.mjs || status=1
exit $status

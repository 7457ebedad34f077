#!/bin/sh
# `npm test`: every check, with a short log. Each step writes its whole output to
# reports/<step>.log and prints one line; a failed step also prints its output. Steps that
# use one core for much of their time run side by side on this two-core machine. The run ends with one line:
# "N passed, N failed".
set -u
. scripts/deps.sh
. scripts/chromium.sh
export ASTRO_TELEMETRY_DISABLED=1
rm -rf dist dist-base reports
mkdir -p reports

# step NAME COMMAND...: run COMMAND with its output in reports/NAME.log; a failure leaves reports/NAME.failed.
step() {
  name=$1
  shift
  start=$(date +%s)
  if "$@" >"reports/$name.log" 2>&1; then
    echo "$name: ok ($(($(date +%s) - start)) s)"
  else
    echo "$name: FAILED ($(($(date +%s) - start)) s); its output (reports/$name.log):"
    # A build lists every page it writes; those lines say nothing about the failure.
    grep -v -E '^\S*\s+(├─|└─) ' "reports/$name.log" | sed 's/^/  /'
    touch "reports/$name.failed"
  fi
}

# Lint, types and the unit tests together: each spends much of its time on one core (the type checker, the
# spelling check), so three keep two cores busier than two pairs in turn.
step lint npm run lint &
step types npx astro check &
step unit npx vitest run --project unit --reporter=dot --reporter=json --outputFile.json=reports/unit.json &
wait
# One build after the other: both write the same files in .astro/ (content-assets.mjs through a fixed
# temporary name), and side by side one build's rename can fail for want of the other's file.
step build npm run build
# A second copy deployed under /ftp/ (tests/site/base-path.test.ts, tests/e2e/base-path.spec.ts).
step build-base npm run build:base
if [ -e reports/build.failed ] || [ -e reports/build-base.failed ]; then
  echo "Build failed: the tests of the built site and the browser tests were not run."
else
  step site npx vitest run --project site --reporter=dot --reporter=json --outputFile.json=reports/site.json
  export PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json
  step e2e npx playwright test --reporter=dot,json
fi

node scripts/test-summary.mjs $(cd reports && ls -- *.failed 2>/dev/null | sed 's/\.failed$//')

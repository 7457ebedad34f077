#!/bin/sh
# `npm test`: build the site, run the unit tests (vitest) and the browser tests
# (Playwright in Debian's Chromium), then print one line: "N passed, N failed".
set -u
. scripts/deps.sh
export ASTRO_TELEMETRY_DISABLED=1
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "Chromium not found at $chromium: install it with 'apt-get install -y chromium' (or set CHROMIUM_PATH)." >&2
  exit 1
fi

rm -rf dist dist-base reports
mkdir -p reports
build=0
npm run build || build=1
# A second copy deployed under /ftp/ (tests/site/base-path.test.ts, tests/e2e/base-path.spec.ts).
npm run build:base || build=1
# Type errors count as a failed build: the site must type-check, not only compile.
npx astro check || build=1

npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
unit=$?

e2e=0
if [ "$build" -eq 0 ]; then
  npx playwright test || e2e=1
else
  echo "Build failed: browser tests not run." >&2
fi

node scripts/test-summary.mjs "$build"
summary=$?
[ "$build" -eq 0 ] && [ "$unit" -eq 0 ] && [ "$e2e" -eq 0 ] && [ "$summary" -eq 0 ]

// Sums the vitest and Playwright JSON reports into one closing line: "N passed, N failed".
// A missing report counts as a failure: a runner that crashed must not look green.
import { existsSync, readFileSync } from 'node:fs';

const buildFailed = process.argv[2] === '1';
let passed = 0;
let failed = buildFailed ? 1 : 0;

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  if (vitest.numTotalTests === 0) failed += 1;
} else {
  console.error('reports/vitest.json is missing: counting the unit tests as failed');
  failed += 1;
}

const playwright = read('reports/playwright.json');
if (playwright) {
  const s = playwright.stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
  if (s.expected + s.unexpected + s.flaky === 0) failed += 1;
  for (const e of playwright.errors ?? []) {
    console.error(`playwright: ${e.message}`);
    failed += 1;
  }
} else if (!buildFailed) {
  console.error('reports/playwright.json is missing: counting the browser tests as failed');
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

// The closing line of `npm test`: "N passed, N failed", summed over the vitest and Playwright
// JSON reports. Arguments name the steps that failed (lint, types, build...): each counts as a
// failure, as does a report that is missing, so a runner that crashed never looks green.
import { existsSync, readFileSync } from 'node:fs';

const failedSteps = process.argv.slice(2);
const buildFailed = failedSteps.some((s) => s.startsWith('build'));
let passed = 0;
let failed = 0;

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

for (const step of failedSteps) {
  // Test steps are counted from their reports; the others have no tests to count.
  if (!['unit', 'site', 'e2e'].includes(step)) failed += 1;
}

const suites = [
  ['unit', 'reports/unit.json'],
  ['site', 'reports/site.json'],
];
for (const [name, path] of suites) {
  const report = read(path);
  if (!report) {
    if (name === 'site' && buildFailed) continue;
    console.error(`${path} is missing: counting the ${name} tests as failed`);
    failed += 1;
    continue;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numTotalTests === 0 || (report.numFailedTests === 0 && failedSteps.includes(name))) failed += 1;
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

// Lighthouse on the built site, for `npm run bench`: `astro preview` serves a finished build (as the browser tests
// run it), Debian's Chromium runs headless (no browser is downloaded), and Lighthouse's default configuration
// audits one page of each kind: the mobile preset (a mid-range phone on a slow 4G connection, simulated), the
// harsher of its two presets. The scores are Lighthouse's own, 0 to 1 per category.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

/** The categories audited, in the order the table shows them. */
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * One page of each kind. `file` is the page in the build (checked to exist before anything runs); `note` explains a
 * score below 1 that is intended.
 */
export const LIGHTHOUSE_PAGES = [
  { kind: 'home', path: '/', file: 'index.html' },
  { kind: 'code', path: '/codes/550', file: 'codes/550.html' },
  { kind: 'message', path: '/servers/proftpd/max-clients', file: 'servers/proftpd/max-clients.html' },
  { kind: 'client error', path: '/clients/curl/exit-28', file: 'clients/curl/exit-28.html' },
  { kind: 'guide', path: '/guides/passive-mode-nat', file: 'guides/passive-mode-nat.html' },
  { kind: 'comparison', path: '/compare/125-vs-221', file: 'compare/125-vs-221.html' },
  { kind: 'explainer', path: '/explain', file: 'explain.html' },
  {
    kind: 'search',
    path: '/search',
    file: 'search.html',
    note: { seo: 'noindex on purpose: a results page is not a landing page' },
  },
];

const CHROMIUM = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** A free TCP port on 127.0.0.1, from the system. */
function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/** Starts `astro preview` on a build folder and resolves once it answers; the caller stops it. */
async function startPreview(root, dir, port) {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // --ignore-lock keeps astro preview in the foreground when it detects a coding agent (as in playwright.config.ts).
  const child = spawn(
    process.execPath,
    [astro, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: dir, BASE_PATH: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview stopped (exit ${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${origin}/`)).ok) return { child, origin };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error(`astro preview did not answer on ${origin} within 60 s:\n${output}`);
}

function stop(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    child.once('exit', ok);
    child.kill('SIGTERM');
  });
}

/**
 * Runs Lighthouse on one page of each kind of a built site and returns the scores and the three Core Web Vitals
 * Lighthouse measures in the lab (LCP, TBT, CLS). Each page is audited `runs` times, each in a fresh Chromium, and the
 * figures are those of the median run as Lighthouse picks it (computeMedianRun: the run nearest the median first
 * contentful paint and time to interactive), with every run's performance score alongside. `astro preview` and
 * Chromium are stopped before it returns, also on failure.
 *
 * @example
 * const { rows } = await benchLighthouse({ dir: 'dist', runs: 3 });
 * rows[0] // -> { kind: 'home', path: '/', scores: { performance: 1, ... }, lcpMs: 1050, tbtMs: 0, cls: 0, ... }
 */
export async function benchLighthouse({ dir, root = resolve('.'), port, runs = 1 }) {
  const outDir = resolve(root, dir);
  const missing = LIGHTHOUSE_PAGES.filter((p) => !existsSync(join(outDir, p.file)));
  if (missing.length > 0) {
    throw new Error(`Lighthouse: the build in ${outDir} lacks ${missing.map((p) => p.file).join(', ')}`);
  }
  const { child, origin } = await startPreview(root, outDir, port ?? (await freePort()));
  const rows = [];
  const load = [loadavg()[0]];
  try {
    for (const page of LIGHTHOUSE_PAGES) {
      const reports = [];
      for (let i = 0; i < runs; i++) reports.push(await auditOnce(`${origin}${page.path}`));
      rows.push({
        ...page,
        ...summary(runs > 1 ? computeMedianRun(reports) : reports[0]),
        performanceRuns: reports.map((lhr) => lhr.categories.performance.score ?? 0),
      });
    }
  } finally {
    await stop(child);
  }
  load.push(loadavg()[0]);
  return { rows, runs, load };
}

/** One Lighthouse run on one URL in a fresh headless Chromium; the report (LHR). */
async function auditOnce(url) {
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-component-update'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: LIGHTHOUSE_CATEGORIES,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    await chrome.kill();
  }
}

/** The figures of one report, with the audits that cost points (so a score below 1 says where to look). */
function summary(lhr) {
  return {
    scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? 0])),
    lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
    tbtMs: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    failing: LIGHTHOUSE_CATEGORIES.flatMap((c) =>
      lhr.categories[c].auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((a) => a.score !== null && a.score < 1)
        .map((a) => `${c}: ${a.id} (${a.score})`),
    ),
    formFactor: lhr.configSettings.formFactor,
    version: lhr.lighthouseVersion,
    // Lighthouse's measure of the host's CPU; below 1,000 it warns that the performance score suffers.
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/**
 * The result as a Markdown table, with a line on the preset and the host, and the audits behind any score below 1.
 *
 * @example lighthouseMarkdown(await benchLighthouse({ dir: 'dist' })).split('\n')[0]
 * // -> 'Lighthouse 13.5.0, mobile preset (Lighthouse default: ...), ...'
 */
export function lighthouseMarkdown({ rows, runs, load }) {
  const first = rows[0];
  const score = (row, c) => {
    const s = row.scores[c].toFixed(2);
    return row.note?.[c] ? `${s} (${row.note[c]})` : s;
  };
  const lines = [
    `Lighthouse ${first.version}, ${first.formFactor} preset (Lighthouse's default: a mid-range phone on slow 4G, ` +
      `simulated throttling), Debian's Chromium headless, astro preview of the build; ${runs === 1 ? 'one run' : `the median of ${runs} runs (Lighthouse's computeMedianRun)`} per page`,
    '| page | address | performance | accessibility | best practices | SEO | LCP | TBT | CLS | host index | performance per run |',
    '|------|---------|-------------|---------------|----------------|-----|-----|-----|-----|------------|---------------------|',
    ...rows.map(
      (r) =>
        `| ${r.kind} | ${r.path} | ${LIGHTHOUSE_CATEGORIES.map((c) => score(r, c)).join(' | ')} | ` +
        `${(r.lcpMs / 1000).toFixed(1)} s | ${Math.round(r.tbtMs)} ms | ${r.cls.toFixed(3)} | ${Math.round(r.benchmarkIndex)} | ` +
        `${r.performanceRuns.map((x) => x.toFixed(2)).join(', ')} |`,
    ),
  ];
  lines.push(
    `Host: load average ${load.map((l) => l.toFixed(1)).join(' at the start, ')} at the end on ` +
      `${availableParallelism()} cores. Host index: Lighthouse's benchmark index of the machine during the runs ` +
      '(below 1,000 Lighthouse warns that the host is slower than it expects: performance, TBT above all, suffers)',
  );
  // Where a category fell short, the audits that cost the points (in the median run).
  const below = rows.filter((r) => LIGHTHOUSE_CATEGORIES.some((c) => r.scores[c] < 1));
  for (const r of below) lines.push(`Audits below 1 on ${r.path}: ${r.failing.join(', ')}`);
  return lines.join('\n');
}

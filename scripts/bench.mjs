// `npm run bench`: build time of the site against a bare Astro build of the same number of
// trivial pages, so the site's own overhead is visible (wall-clock seconds, median of RUNS
// interleaved runs, 5 by default), and where the site's build spends its time (scripts/lib/build-profile.ts);
// page weight by kind (median and max HTML and CSS); the explainer on a 60,000-line log, in Node
// and in headless Chromium on the site just built (scripts/lib/bench-explainer.mjs).
// `npm run bench -- explainer` runs only the explainer figures, on the existing build in dist/.
// Then the growth curve (the real content and synthetic sets with 2x and 4x the codes, scripts/lib/bench-growth.mjs)
// and Lighthouse on one page of each kind (scripts/lib/bench-lighthouse.mjs).
// `npm run bench -- build` runs only the build ratio, its profile and the page weights;
// `npm run bench -- growth` runs only the growth curve; `npm run bench -- lighthouse` only Lighthouse, on dist/.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadContent } from '../src/lib/content/content-check.ts';
import { RFC_DIR } from '../src/lib/content/content-dir.ts';
import { explain, explainData } from '../src/lib/ftp/explain.ts';
import { explainCatalogue } from '../src/lib/site/explain-catalogue.ts';
import { siteContentOf } from '../src/lib/site/site-content.ts';
import { parseTranscript } from '../src/lib/ftp/transcript.ts';
import { FIRST_REPLIES } from '../src/lib/site/explain-dom.ts';
import { benchExplainerInChromium } from './lib/bench-explainer.mjs';
import { benchGrowth, growthMarkdown } from './lib/bench-growth.mjs';
import { benchLighthouse, lighthouseMarkdown } from './lib/bench-lighthouse.mjs';
import { PAGE_BUDGETS, median, pageWeights } from './lib/page-weights.ts';
import { astroBuild, countHtml } from './lib/astro-build.mjs';
import { astroPhases, buildProfile } from './lib/build-profile.ts';
import { BUILD_CONCURRENCY } from '../astro.config.mjs';
import { readSite } from './lib/site-index.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const root = resolve('.');
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** One clean production build (scripts/lib/astro-build.mjs). */
const build = (cwd, outDir) => astroBuild({ astro, cwd, outDir, timerFile: join(work, 'timers.json') });

const explainerOnly = process.argv[2] === 'explainer';
if (['explainer', 'lighthouse'].includes(process.argv[2]) && !existsSync('dist/explain.html')) {
  console.error(
    `npm run bench -- ${process.argv[2]} measures the built site in dist/, and there is none: run \`npm run build\` first.`,
  );
  process.exit(1);
}
if (process.argv[2] === 'growth') {
  growthSection();
  process.exit(0);
}
if (process.argv[2] === 'lighthouse') {
  await lighthouseSection(resolve('dist'));
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'ftp-bench-'));
const siteOut = explainerOnly ? resolve('dist') : join(work, 'site');
if (!explainerOnly) benchBuildAndWeight();
if (process.argv[2] === 'build') {
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

function benchBuildAndWeight() {
  // A bare Astro project with as many one-line pages as the site has files ending in .html, on the same
  // node_modules: Astro's own floor for that many pages. The page count comes from a first build of the site.
  const first = build(root, siteOut);
  const pages = countHtml(siteOut);
  // Twice: with Astro's defaults (the floor the target is set against), and with the site's build.concurrency.
  const bareProject = (name, concurrency) => {
    const dir = join(work, name);
    mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(
      join(dir, 'astro.config.mjs'),
      `export default { build: { format: 'file', concurrency: ${concurrency} }, trailingSlash: 'never' };\n`,
    );
    writeFileSync(
      join(dir, 'src', 'pages', '[n].astro'),
      `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) } }));\n}\nconst { n } = Astro.params;\n---\n<html lang="en"><head><title>{n}</title></head><body><p>Page {n}</p></body></html>\n`,
    );
    return dir;
  };
  const bare = bareProject('bare', 1);
  const bareConcurrent = bareProject('bare-concurrent', BUILD_CONCURRENCY);

  // Interleaved, so both see the same machine: bare, site, bare, site ... The first site build above only
  // counted pages (and may have drawn the Open Graph cards into the cache); it is not timed.
  const siteRuns = [];
  const bareRuns = [];
  const bareConcurrentRuns = [];
  for (let i = 0; i < RUNS; i++) {
    bareRuns.push(build(bare, join(bare, 'dist')));
    bareConcurrentRuns.push(build(bareConcurrent, join(bareConcurrent, 'dist')));
    siteRuns.push(build(root, siteOut));
  }
  const barePages = countHtml(join(bare, 'dist'));
  // The run in the middle by wall-clock time (its profile is printed below, so a run, not just a number).
  const medianRun = (runs) => [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(runs.length / 2)];
  const siteMedian = medianRun(siteRuns);
  const bareMedian = medianRun(bareRuns);
  const s = (ms) => (ms / 1000).toFixed(2);

  const row = (name, runs, n) => {
    const med = medianRun(runs).wallMs;
    return `| ${name.padEnd(22)} | ${s(med).padStart(7)} s | ${runs
      .map((r) => s(r.wallMs))
      .join(', ')
      .padEnd(20)} | ${String(n).padStart(6)} |`;
  };
  console.log(
    `Build benchmark (${RUNS} interleaved runs each, median, wall clock, ${new Date().toISOString().slice(0, 10)}; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`,
  );
  console.log('| build                  |  median   | runs (s)             |  pages |');
  console.log('|------------------------|-----------|----------------------|--------|');
  console.log(row('this site', siteRuns, pages));
  console.log(row('bare Astro, same pages', bareRuns, barePages));
  console.log(row(`bare, concurrency ${BUILD_CONCURRENCY}`, bareConcurrentRuns, barePages));
  const ratio = siteMedian.wallMs / bareMedian.wallMs;
  const concurrentMedian = medianRun(bareConcurrentRuns);
  console.log(`Build ratio, this site over bare Astro: ${ratio.toFixed(2)} (target: at most 1.5)`);
  console.log(
    `Against bare Astro with the site's build.concurrency (${BUILD_CONCURRENCY}): ${(siteMedian.wallMs / concurrentMedian.wallMs).toFixed(2)}`,
  );

  // Where the site's median build spent its time (scripts/lib/build-profile.ts).
  console.log(`\nBuild profile (the median run of this site, ${s(siteMedian.wallMs)} s):`);
  console.log('| phase                                                        |     time |');
  console.log('|--------------------------------------------------------------|----------|');
  for (const phase of buildProfile(siteMedian)) {
    console.log(`| ${phase.name.padEnd(60)} | ${String(Math.round(phase.ms)).padStart(5)} ms |`);
  }
  const firstOg = buildProfile(first).find((p) => p.name.startsWith('ftp-og-images'));
  console.log(
    `The untimed first build took ${s(first.wallMs)} s; its Open Graph step: ${firstOg?.name ?? 'none'} (${Math.round(firstOg?.ms ?? 0)} ms).`,
  );
  // Astro's own phases side by side: what the site adds to each.
  const sitePhases = astroPhases(buildProfile(siteMedian));
  const barePhases = astroPhases(buildProfile(bareMedian));
  console.log(`\nThe same median runs in Astro's phases:`);
  console.log('| phase                                          | this site |  bare Astro |');
  console.log('|------------------------------------------------|-----------|-------------|');
  sitePhases.forEach((phase, i) => {
    console.log(`| ${phase.name.padEnd(46)} | ${s(phase.ms).padStart(7)} s | ${s(barePhases[i].ms).padStart(9)} s |`);
  });

  // Page weight (the budgets are PAGE_BUDGETS in scripts/lib/page-weights.ts, held by the weight gate in npm test).
  const weights = pageWeights(readSite(siteOut)).filter((w) => !w.redirect);
  const kinds = [
    ['code pages', (f) => /^codes\/\d+\.html$/.test(f)],
    ['comparison pages', (f) => /^compare\/\d+-vs-\d+\.html$/.test(f)],
    ['command pages', (f) => /^commands\/[a-z]+\.html$/.test(f)],
    ['server pages', (f) => /^servers\/[^/]+\.html$/.test(f)],
    ['server code pages', (f) => /^servers\/[^/]+\/codes\/\d+\.html$/.test(f)],
    ['message pages', (f) => /^servers\/[^/]+\/[^/]+\.html$/.test(f)],
    ['client pages', (f) => /^clients\/[^/]+\.html$/.test(f)],
    ['client error pages', (f) => /^clients\/[^/]+\/[^/]+\.html$/.test(f)],
    ['guides', (f) => /^guides\/[^/]+\.html$/.test(f)],
    ['all pages', () => true],
  ];
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `\nPage weight (${weights.length} pages, redirect pages left out; budgets: HTML ${kb(PAGE_BUDGETS.htmlGzip)} gzipped, CSS ${kb(PAGE_BUDGETS.css)}, content-page script ${kb(PAGE_BUDGETS.contentScript)})`,
  );
  console.log(
    '| pages              | count | HTML median | HTML max | gzipped median | gzipped max | CSS max | script max |',
  );
  console.log(
    '|--------------------|-------|-------------|----------|----------------|-------------|---------|------------|',
  );
  for (const [name, match] of kinds) {
    const set = weights.filter((w) => match(w.file));
    const html = set.map((w) => w.html);
    const gz = set.map((w) => w.htmlGzip);
    const css = set.map((w) => w.css);
    const script = Math.max(0, ...set.map((w) => w.scripts.reduce((sum, x) => sum + x.bytes, 0)));
    console.log(
      `| ${name.padEnd(18)} | ${String(set.length).padStart(5)} | ${kb(median(html)).padStart(11)} | ${kb(Math.max(...html)).padStart(8)} | ${kb(median(gz)).padStart(14)} | ${kb(Math.max(...gz)).padStart(11)} | ${kb(Math.max(...css)).padStart(7)} | ${kb(script).padStart(10)} |`,
    );
  }
  const heaviest = weights.reduce((a, b) => (b.htmlGzip > a.htmlGzip ? b : a));
  console.log(`Heaviest page: /${heaviest.file.replace(/\.html$/, '')} (${kb(heaviest.htmlGzip)} gzipped)`);
}

// The transcript explainer: parse and explain a 60,000-line log in Node (the same code the page runs).
const content = loadContent({ contentDir: 'content', rfcDir: RFC_DIR });
// The catalogue as /explain-data.json holds it, from the content in the shape the site reads.
const site = siteContentOf(content);
const data = explainData(content.codes, content.commands, explainCatalogue(site));
const base = readFileSync('tests/fixtures/transcripts/vsftpd-raw-pasv-transfers.txt', 'utf8').split('\n');
const lines = [];
while (lines.length < 60_000) lines.push(...base);
const log = lines.slice(0, 60_000).join('\n');
let bestMs = Infinity;
let replies = 0;
for (let i = 0; i < 5; i++) {
  const start = process.hrtime.bigint();
  replies = explain(parseTranscript(log), data).replies.length;
  bestMs = Math.min(bestMs, Number(process.hrtime.bigint() - start) / 1e6);
}
console.log(
  `\nExplainer, 60,000-line log (${replies} replies): parse and explain ${bestMs.toFixed(0)} ms in Node (best of 5)`,
);
const c = await benchExplainerInChromium({ dir: siteOut, log, replies, batch: Math.min(replies, FIRST_REPLIES) });
const ms = (n) => `${Math.round(n)} ms`;
console.log(
  `Explainer in headless Chromium, 60,000-line log, from the click on Explain (median of ${c.runs} runs; load average ${c.load.toFixed(1)} on ${availableParallelism()} cores; the page said "${c.status}"):`,
);
console.log(`  summary shown                     ${ms(c.summaryMs)} (target: 500 ms)`);
console.log(`  first screen of replies shown     ${ms(c.firstScreenMs)} (target: 500 ms)`);
console.log(`  first ${Math.min(replies, FIRST_REPLIES)} replies shown          ${ms(c.batchMs)}`);
console.log(`  longest task, longest frame gap   ${ms(c.longestTaskMs)}, ${ms(c.longestFrameGapMs)}`);
console.log(
  `  the same after the first screen   ${ms(c.longestTaskAfterFirstScreenMs)}, ${ms(c.longestFrameGapAfterFirstScreenMs)} (the page's slowest answer to input while the rest renders)`,
);
const steps = Object.entries(c.measures).map(([name, d]) => `${name.replace('explain:', '')} ${ms(d)}`);
console.log(`  steps measured in the page        ${steps.join(', ') || 'none (no explain: performance measures)'}`);
if (!c.fillsScreen) console.log('Warning: the first-screen replies did not fill the window; that figure is too kind.');
if (process.env.BENCH_VERBOSE) console.log(JSON.stringify(c.each, null, 1));

// The growth curve and Lighthouse (on the site built above), after the rest.
if (!explainerOnly) {
  growthSection();
  await lighthouseSection(siteOut);
}
rmSync(work, { recursive: true, force: true });

/** The build of the real content and of synthetic sets with 2x and 4x its codes (BENCH_GROWTH to choose others). */
function growthSection() {
  const factors = (process.env.BENCH_GROWTH ?? '1,2,4').split(',').map(Number);
  const rows = benchGrowth({ root, factors, log: (line) => process.stderr.write(`${line}\n`) });
  console.log(`\n${growthMarkdown(rows)}`);
}

/**
 * Lighthouse on one page of each kind of the build in `dir`: BENCH_LIGHTHOUSE_RUNS runs per page (3 by default), the
 * median of each figure kept, as one run on a busy host can lose performance points the page does not lose.
 */
async function lighthouseSection(dir) {
  const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
  console.log(`\n${lighthouseMarkdown(await benchLighthouse({ dir, root, runs }))}`);
}

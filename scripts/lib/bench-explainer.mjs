// The explainer's speed in a real browser, for `npm run bench`: a built site served from a folder,
// Debian's Chromium (headless) driven by Playwright's library, a 60,000-line log pasted into /explain,
// Explain pressed, and the page timing itself from that click (the click event's timeStamp).
//
// "Shown" means drawn: a requestAnimationFrame loop started by the click looks at the page before each
// frame, and a milestone reached there counts once that frame's rendering is done. The figures:
// - summary: the summary list is filled and the result section visible;
// - first screen: the first FIRST_SCREEN replies are in the list (checked to be more than a screenful);
// - batch: the first batch (all replies the page renders before "Show the other N") is in the list;
// - longest block: the longest main-thread task (PerformanceObserver 'longtask', tasks over 50 ms) and
//   the longest gap between two frames, overall and after the first screen was shown, which is how long
//   the page could not answer a key or a click while the rest rendered.
/* global document, window, innerHeight, requestAnimationFrame -- instrument() runs in the page */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { chromium } from 'playwright';

/** The replies that fill a first screen: at 1280 x 720 about eight are visible, so 50 is well over a screenful. */
export const FIRST_SCREEN = 50;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** A static server for a build made with `build.format: 'file'`: /explain is explain.html. */
function serve(dir, port) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const candidates = [join(root, path), join(root, `${path}.html`), join(root, path, 'index.html')];
    const file = candidates.find(
      (f) => (f === root || f.startsWith(root + sep)) && existsSync(f) && statSync(f).isFile(),
    );
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}

/** Runs in the page before the click; resolves once the first batch is drawn. */
function instrument({ firstScreen, batch }) {
  const form = document.querySelector('form[data-explainer]');
  const button = form.querySelector('button[type="submit"]');
  const result = document.querySelector('[data-result]');
  const summary = document.querySelector('[data-summary]');
  const list = document.querySelector('[data-replies]');
  const tasks = [];
  const observer = new PerformanceObserver((l) => tasks.push(...l.getEntries()));
  observer.observe({ type: 'longtask' });
  window.__benchDone = new Promise((done) => {
    const out = { frames: [] };
    // A message posted from a frame callback is handled once that frame's rendering (style, layout,
    // paint) is done: that is when a milestone counts as shown.
    const channel = new MessageChannel();
    const pending = [];
    channel.port1.onmessage = () => {
      const now = performance.now();
      for (const name of pending.splice(0)) out[name] = now;
      if (out.batch !== undefined) finish();
    };
    const reach = (name) => {
      if (out[name] !== undefined || pending.includes(name)) return;
      pending.push(name);
      out[name] = null;
      channel.port2.postMessage(name);
    };
    const frame = () => {
      out.frames.push(performance.now());
      if (!result.hidden && summary.childElementCount > 0) reach('summary');
      if (list.childElementCount >= firstScreen) {
        if (out.firstScreen === undefined) {
          out.firstScreenBottom = list.children[firstScreen - 1].getBoundingClientRect().bottom;
          out.viewport = innerHeight;
        }
        reach('firstScreen');
      }
      if (list.childElementCount >= batch) reach('batch');
      else requestAnimationFrame(frame);
    };
    // Long-task entries arrive after their task: give them a moment, then report.
    const finish = () =>
      setTimeout(() => {
        observer.disconnect();
        out.tasks = tasks.map((t) => ({ start: t.startTime, duration: t.duration }));
        out.measures = performance
          .getEntriesByType('measure')
          .filter((m) => m.name.startsWith('explain:'))
          .map((m) => ({ name: m.name, start: m.startTime, duration: m.duration }));
        done(out);
      }, 200);
    button.addEventListener(
      'click',
      (event) => {
        out.click = event.timeStamp;
        requestAnimationFrame(frame);
      },
      { capture: true, once: true },
    );
  });
}

/** Median of a list of numbers. */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Explain `log` (expected to give `replies` replies, of which the page renders `batch` at first) in
 * `runs` fresh pages of the site in `dir`, and return the median of each figure in milliseconds.
 */
export async function benchExplainerInChromium({ dir, log, replies, batch, port = 4620, runs = 3 }) {
  const load = loadavg()[0];
  const server = await serve(dir, port);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const all = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/explain`, { waitUntil: 'networkidle' });
      // Typing 3 MB through the driver is slow; set the value as a paste would.
      await page.locator('#log').evaluate((el, value) => {
        el.value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, log);
      await page.evaluate(instrument, { firstScreen: Math.min(FIRST_SCREEN, replies), batch });
      await page.getByRole('button', { name: 'Explain', exact: true }).click();
      const r = await page.evaluate(() => window.__benchDone);
      const status = await page.locator('[data-status]').textContent();
      await context.close();
      const after = (t) => t > r.firstScreen;
      let gapAfter = 0;
      let gapAll = 0;
      for (let f = 1; f < r.frames.length; f++) {
        const gap = r.frames[f] - r.frames[f - 1];
        gapAll = Math.max(gapAll, gap);
        if (r.frames[f - 1] >= r.firstScreen) gapAfter = Math.max(gapAfter, gap);
      }
      all.push({
        status,
        fillsScreen: replies < FIRST_SCREEN || r.firstScreenBottom > r.viewport,
        summaryMs: r.summary - r.click,
        firstScreenMs: r.firstScreen - r.click,
        batchMs: r.batch - r.click,
        longestTaskMs: Math.max(0, ...r.tasks.filter((t) => t.start + t.duration > r.click).map((t) => t.duration)),
        longestTaskAfterFirstScreenMs: Math.max(0, ...r.tasks.filter((t) => after(t.start)).map((t) => t.duration)),
        longestFrameGapMs: gapAll,
        longestFrameGapAfterFirstScreenMs: gapAfter,
        measures: Object.fromEntries(r.measures.map((m) => [m.name, m.duration])),
      });
    }
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
  const figure = (key) => median(all.map((r) => r[key]));
  const measureNames = [...new Set(all.flatMap((r) => Object.keys(r.measures)))];
  return {
    runs,
    load,
    status: all[0].status,
    fillsScreen: all.every((r) => r.fillsScreen),
    summaryMs: figure('summaryMs'),
    firstScreenMs: figure('firstScreenMs'),
    batchMs: figure('batchMs'),
    longestTaskMs: figure('longestTaskMs'),
    longestTaskAfterFirstScreenMs: figure('longestTaskAfterFirstScreenMs'),
    longestFrameGapMs: figure('longestFrameGapMs'),
    longestFrameGapAfterFirstScreenMs: figure('longestFrameGapAfterFirstScreenMs'),
    measures: Object.fromEntries(measureNames.map((n) => [n, median(all.map((r) => r.measures[n] ?? 0))])),
    each: all.map(({ measures: _m, status: _s, ...r }) => r),
  };
}

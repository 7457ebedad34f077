// One clean production build of a project with `astro build --force`, as `npm run bench` times it: the build
// section (this site and the bare projects) and the growth curve (synthetic content) both run it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';

/**
 * Build the project in `cwd` into `outDir` (emptied first, after a `sync` so the build pays for no earlier
 * writes). `astro` is the path of astro.mjs; `env` adds variables. Returns the wall-clock milliseconds, the log
 * and Astro's phase timers (ASTRO_TIMER_PATH, read by scripts/lib/build-profile.ts).
 *
 * @example astroBuild({ astro, cwd: '.', outDir: '/tmp/site', timerFile: '/tmp/timers.json' }).wallMs // -> 10730
 */
export function astroBuild({ astro, cwd, outDir, timerFile, env = {} }) {
  rmSync(outDir, { recursive: true, force: true });
  // A build writes about 60 MB: each starts with nothing left to write from the one before.
  execFileSync('sync');
  const start = process.hrtime.bigint();
  let log;
  try {
    log = execFileSync(process.execPath, [astro, 'build', '--force', '--outDir', outDir], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_TIMER_PATH: timerFile, ...env },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (error) {
    throw new Error(`astro build in ${cwd} failed:\n${String(error.stderr || error.stdout || error).slice(-4000)}`, {
      cause: error,
    });
  }
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  return { wallMs, log, timers: JSON.parse(readFileSync(timerFile, 'utf8')) };
}

/**
 * The pages of a build: the files ending in .html anywhere under `dir`.
 *
 * @example countHtml('dist') // -> 5475
 */
export function countHtml(dir) {
  return readdirSync(dir, { recursive: true }).filter((name) => name.endsWith('.html')).length;
}

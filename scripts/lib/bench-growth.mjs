// How the build grows with the catalogue, for `npm run bench`: the real content and synthetic sets with 2x and 4x its
// codes, each built with the production build into a temporary folder. Comparison pages grow with the square of the
// code count (every pair has a page and a reversed-order page), so this is the curve issues 11 and 12 will climb.
//
// A synthetic set is a copy of content/ in a temporary folder with extra code files. Each extra file is a real code
// file under an unused number of the same class (550 gives 5yz copies such as 508, 509, ...; a Windows Sockets page
// gives five-digit copies): the frontmatter is the real one, and the body names the new number where the real one
// named its own. So every copy passes the same content check the build runs (checked here first, with the same
// function), and its pages are as heavy as the real ones. The copies are removed afterwards.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { astroBuild, countHtml } from './astro-build.mjs';
import { checkContent, formatProblems } from '../../src/lib/content/content-check.ts';
import { RFC_DIR } from '../../src/lib/content/content-dir.ts';

/** The numbers a code of this number may be copied to: its own hundred, or the Windows Sockets range. */
function numberRange(code) {
  if (code >= 10000) return [10000, 11999];
  const hundred = Math.floor(code / 100) * 100;
  return [hundred, hundred + 99];
}

/**
 * The new numbers for `factor` times the given codes: each code gets `factor - 1` copies, each under the lowest unused
 * number of its own range. Throws when a range has too few free numbers.
 *
 * @example syntheticNumbers([220, 221], 2) // -> Map { 220 => [200], 221 => [201] }
 */
export function syntheticNumbers(codes, factor) {
  const used = new Set(codes);
  const copies = new Map();
  for (const code of [...codes].sort((a, b) => a - b)) {
    const [low, high] = numberRange(code);
    const mine = [];
    for (let n = low; n <= high && mine.length < factor - 1; n++) {
      if (used.has(n)) continue;
      used.add(n);
      mine.push(n);
    }
    if (mine.length < factor - 1) throw new Error(`no free numbers left in ${low}-${high} for copies of ${code}`);
    copies.set(code, mine);
  }
  return copies;
}

/**
 * A code file under a new number: the frontmatter unchanged (the checked fields do not depend on the number), the
 * body with the old number replaced by the new one where it stands alone (examples, links to itself, prose).
 *
 * @example renumber('---\nname: X\n---\n## Examples\nS: 550 No.\n[550](/codes/550)\n', 550, 508)
 * // -> '---\nname: X\n---\n## Examples\nS: 508 No.\n[508](/codes/508)\n'
 */
export function renumber(text, from, to) {
  const end = text.indexOf('\n---', 4);
  const frontmatter = text.slice(0, end + 4);
  const body = text.slice(end + 4);
  return frontmatter + body.replace(new RegExp(`(?<![\\d.])${from}(?![\\d])`, 'g'), String(to));
}

/**
 * Copies `contentDir` to a new temporary folder and adds `factor - 1` copies of every code file. Returns the folder
 * and the number of codes in it; the caller removes the folder.
 */
export function syntheticContent(contentDir, factor, parent = tmpdir()) {
  const dir = mkdtempSync(join(parent, `ftp-content-${factor}x-`));
  cpSync(contentDir, dir, { recursive: true });
  const codesDir = join(dir, 'codes');
  const files = readdirSync(codesDir).filter((f) => /^\d+\.mdx?$/.test(f));
  const byCode = new Map(files.map((f) => [parseInt(f, 10), f]));
  for (const [code, numbers] of syntheticNumbers([...byCode.keys()], factor)) {
    const file = byCode.get(code);
    const text = readFileSync(join(codesDir, file), 'utf8');
    for (const n of numbers) writeFileSync(join(codesDir, file.replace(/^\d+/, String(n))), renumber(text, code, n));
  }
  return { dir, codes: byCode.size * factor };
}

/**
 * Builds the site on the real content (a copy, so every point of the curve is built the same way) and on 2x and 4x
 * synthetic sets, one production build each (`astro build --force`, the same as `npm run build`), and returns codes,
 * pages and seconds per set. The content is checked before each build; everything is written under a temporary folder
 * that is removed at the end.
 *
 * @example
 * const rows = benchGrowth({ factors: [1, 2] });
 * rows[1] // -> { factor: 2, codes: 142, pages: 20..., seconds: ... }
 */
export function benchGrowth({ root = resolve('.'), factors = [1, 2, 4], log = () => {} } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'ftp-growth-'));
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const rows = [];
  try {
    for (const factor of factors) {
      const { dir, codes } = syntheticContent(join(root, 'content'), factor, work);
      const problems = checkContent({ contentDir: dir, rfcDir: join(root, RFC_DIR) });
      if (problems.length > 0) {
        throw new Error(`the ${factor}x content does not pass the content check:\n${formatProblems(problems)}`);
      }
      const outDir = join(work, `dist-${factor}x`);
      log(`building ${factor}x (${codes} codes)...`);
      const { wallMs } = astroBuild({
        astro,
        cwd: root,
        outDir,
        timerFile: join(work, 'timers.json'),
        env: { FTP_CONTENT_DIR: dir, CACHE_DIR: join(work, `cache-${factor}x`) },
      });
      const seconds = wallMs / 1000;
      rows.push({ factor, codes, pages: countHtml(outDir), seconds });
      // Free the disk before the next, larger build.
      rmSync(outDir, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

/**
 * The curve as a Markdown table: per set, codes, pages, build seconds, seconds per 1,000 pages, and how pages and time
 * grew against the first set.
 *
 * @example growthMarkdown([{ factor: 1, codes: 71, pages: 5176, seconds: 20.9 }]).split('\n')[1]
 * // -> '| content | codes | pages | build | s per 1,000 pages | pages vs 1x | time vs 1x |'
 */
export function growthMarkdown(rows) {
  const [first] = rows;
  return [
    'Build growth (one production build per set, wall clock, content copied to a temporary folder, so no git dates in ' +
      'the sitemap; the synthetic sets add real code files under unused numbers of the same class)',
    '| content | codes | pages | build | s per 1,000 pages | pages vs 1x | time vs 1x |',
    '|---------|-------|-------|-------|-------------------|-------------|------------|',
    ...rows.map(
      (r) =>
        `| ${r.factor === 1 ? 'real (1x)' : `synthetic ${r.factor}x`} | ${r.codes} | ${r.pages.toLocaleString('en-GB')} | ` +
        `${r.seconds.toFixed(1)} s | ${((r.seconds / r.pages) * 1000).toFixed(2)} | ` +
        `${(r.pages / first.pages).toFixed(2)}x | ${(r.seconds / first.seconds).toFixed(2)}x |`,
    ),
  ].join('\n');
}

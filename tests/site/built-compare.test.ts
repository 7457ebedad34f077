/**
 * The comparison pages as built: one canonical page per pair, every reversed
 * URL lands on it, and indexing, sitemap and redirects agree with the one
 * module that decides relatedness.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeFacts } from '../../src/lib/ftp/code-facts.ts';
import { loadContent } from '../../src/lib/content/content-check.ts';
import { allPairs, pairId } from '../../src/lib/ftp/pairs.ts';
import { compareUrl } from '../../src/lib/site/urls.ts';
import { isOftenConfused, relate } from '../../src/lib/ftp/relatedness.ts';
import { GLANCE_ROWS } from '../../src/lib/site/page-data/compare-glance.ts';
import { servedPage, type SiteIndex, type SitePage } from '../../scripts/lib/site-index.ts';
import { contentDir, distDir, rfcDir } from '../support/paths.ts';
import { builtSite, pageAt, requireDist } from '../support/dist.ts';

const content = loadContent({ contentDir, rfcDir });
const facts = codeFacts(
  content.codes,
  content.commands.map((c) => ({ id: c.id, data: c.data })),
);
const editorial = new Set(content.compare.map((c) => c.id));
const pairs = allPairs([...facts.keys()]);
const indexable = (a: number, b: number) => relate(facts.get(a)!, facts.get(b)!, { editorial }).indexable;
const names = new Map(content.codes.map((c) => [c.code, c.data.name]));
/** How a pair is named in a heading or a link: "450 File temporarily unavailable vs 550 File unavailable". */
const named = (a: number, b: number) => `${a} ${names.get(a)} vs ${b} ${names.get(b)}`;
const noindex = (page: SitePage) => page.meta.get('robots')?.startsWith('noindex') ?? false;
let site: SiteIndex;

beforeAll(() => {
  requireDist();
  site = builtSite();
});

describe('comparison pages', () => {
  it('exist for every pair of codes, lower number first, and the reversed URL lands on them', () => {
    const problems: string[] = [];
    for (const [a, b] of pairs) {
      const page = servedPage(site, compareUrl(a, b));
      const reversed = servedPage(site, `/compare/${b}-vs-${a}`);
      if (!page) {
        problems.push(`${a}-vs-${b}: no page`);
        continue;
      }
      if (!reversed) {
        problems.push(`${b}-vs-${a}: no reversed page`);
        continue;
      }
      if (reversed.httpEquiv.get('refresh') !== `0; url=/compare/${a}-vs-${b}`)
        problems.push(`${b}-vs-${a}: no refresh to the canonical page`);
      if (!reversed.canonical?.endsWith(`/compare/${a}-vs-${b}`))
        problems.push(`${b}-vs-${a}: canonical does not point at ${a}-vs-${b}`);
      if (noindex(reversed)) problems.push(`${b}-vs-${a}: noindex next to a canonical pointing elsewhere`);
    }
    expect(pairs.length).toBe((facts.size * (facts.size - 1)) / 2);
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('are indexable exactly when the pair is related, and never noindex with a canonical elsewhere', () => {
    const problems: string[] = [];
    for (const [a, b] of pairs) {
      const page = pageAt(compareUrl(a, b), site);
      if (noindex(page) === indexable(a, b))
        problems.push(`${pairId(a, b)}: noindex=${noindex(page)} but related=${indexable(a, b)}`);
      if (!page.canonical?.endsWith(compareUrl(a, b))) problems.push(`${pairId(a, b)}: canonical is ${page.canonical}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('merge the editorial notes into their pages', () => {
    for (const note of content.compare) {
      const page = pageAt(`/compare/${note.id}`, site);
      const notes = page.sections.find((s) => s.id === 'notes');
      expect(notes?.content.length, `${note.file}: a notes section with more than its heading`).toBeGreaterThan(1);
      expect(page.meta.get('description'), note.file).toContain(note.data.summary.slice(0, 40));
    }
  });

  it('list the related pairs, and only those, in the sitemap; every sitemap URL is a page', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1] || '/');
    const listedPairs = new Set(urls.filter((u) => u.startsWith('/compare/')));
    for (const [a, b] of pairs) expect(listedPairs.has(compareUrl(a, b)), pairId(a, b)).toBe(indexable(a, b));
    const missing = urls.filter((u) => !servedPage(site, u));
    const hidden = urls.filter((u) => servedPage(site, u) && noindex(servedPage(site, u)!));
    expect({ missing, hidden }).toEqual({ missing: [], hidden: [] });
  });

  it("keep _redirects within the common hosts' limits (the reversed pairs land through their stub pages)", () => {
    const lines = readFileSync(join(distDir, '_redirects'), 'utf8').trim().split('\n');
    // Cloudflare Pages: 2,000 static and 100 dynamic rules (a placeholder or a splat in the source makes one
    // dynamic); it skips rules with query conditions, which Netlify reads.
    const query = lines.filter((l) => l.split(' ').length > 3);
    const dynamic = lines.filter((l) => !query.includes(l) && /[:*]/.test(l.split(' ')[0]!));
    expect(lines.length - query.length - dynamic.length).toBeLessThanOrEqual(2000);
    expect(dynamic.length).toBeLessThanOrEqual(100);
    expect(lines.filter((l) => l.startsWith('/compare/') && !l.startsWith('/compare/go'))).toEqual([]);
    expect(lines.some((l) => l.includes('q=:q'))).toBe(false);
  });

  it('link the pairs worth reading from code pages', () => {
    expect(pageAt('/codes/450', site).references.map((r) => r.url)).toContain('/compare/450-vs-550');
  });

  it('carry both codes and both names in their heading', () => {
    const problems: string[] = [];
    for (const [a, b] of pairs) {
      const h1 = pageAt(compareUrl(a, b), site).headings.filter((h) => h.level === 1);
      if (h1.length !== 1 || h1[0]!.text !== named(a, b)) problems.push(`${pairId(a, b)}: ${h1.map((h) => h.text)}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('open with the table that answers the same questions for both codes', () => {
    const problems: string[] = [];
    const labels = Object.values(GLANCE_ROWS);
    for (const [a, b] of pairs) {
      const page = pageAt(compareUrl(a, b), site);
      const h2 = page.headings.find((h) => h.level === 2);
      if (h2?.id !== 'at-a-glance') problems.push(`${pairId(a, b)}: the first section is ${h2?.id}`);
      const text = page.sections.find((s) => s.id === 'at-a-glance')?.text ?? '';
      let from = 0;
      for (const label of labels) {
        const at = text.indexOf(`¶ ${label} ¶`, from);
        if (at < 0) problems.push(`${pairId(a, b)}: no row "${label}" in its place`);
        from = Math.max(from, at);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});

describe('the comparison index', () => {
  it('names both codes in every pair link, lists every related pair once and the often confused first', () => {
    const index = pageAt('/compare', site);
    const links = index.references.filter((r) => r.inMain && /^\/compare\/\d+-vs-\d+$/.test(r.url));
    const problems: string[] = [];
    for (const link of links) {
      const [a, b] = link.url.slice('/compare/'.length).split('-vs-').map(Number) as [number, number];
      if (link.text !== named(a, b)) problems.push(`${link.url}: "${link.text}"`);
    }
    expect(problems).toEqual([]);
    const related = pairs.filter(([a, b]) => indexable(a, b)).map(([a, b]) => compareUrl(a, b));
    expect(links.map((l) => l.url).sort()).toEqual(related.sort());
    const confused = pairs
      .filter(([a, b]) => isOftenConfused(relate(facts.get(a)!, facts.get(b)!, { editorial })))
      .map(([a, b]) => compareUrl(a, b));
    expect(new Set(links.slice(0, confused.length).map((l) => l.url))).toEqual(new Set(confused));
    expect(links.find((l) => l.url === '/compare/450-vs-550')?.text).toBe(
      '450 File temporarily unavailable vs 550 File unavailable',
    );
    expect(index.text).not.toContain('(notes)');
  });
});

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
import { relate } from '../../src/lib/ftp/relatedness.ts';
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
});

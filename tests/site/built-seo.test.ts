/**
 * Every page of the built site as a search engine and a link preview see it:
 * title, description, canonical, Open Graph and Twitter tags, language and
 * JSON-LD; and the sitemap lists exactly the indexable pages.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL } from '../../src/lib/site/urls.ts';
import { MAX_DESCRIPTION, MIN_DESCRIPTION } from '../../src/lib/site/description.ts';
import type { SitePage } from '../../scripts/lib/site-index.ts';
import { distDir, root } from '../support/paths.ts';
import { builtSite, requireDist } from '../support/dist.ts';
import { pngSize } from '../support/png.ts';

const SITE = process.env.SITE_URL ?? DEFAULT_SITE_URL;

interface Page extends SitePage {
  description: string;
}
let indexable: Page[] | undefined;

beforeAll(requireDist);

/** The pages meant for search engines: not forwarding, not noindex (read on first use). */
function indexablePages(): Page[] {
  indexable ??= [...builtSite().pages.values()]
    .filter((page) => page.refresh === undefined && !page.meta.get('robots')?.startsWith('noindex'))
    .map((page) => ({ ...page, description: page.meta.get('description') ?? '' }));
  return indexable;
}

describe('indexable pages', () => {
  it('are the pages the sitemap lists, no more and no fewer', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!).sort();
    expect(indexablePages().length).toBeGreaterThan(300);
    expect(listed).toEqual(
      indexablePages()
        .map((p) => new URL(p.path, SITE).href)
        .sort(),
    );
  });

  it('carry lastmod in the sitemap from the git history of their content file', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
    const lastmod = new Map(
      [...sitemap.matchAll(/<loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => [
        new URL(m[1]!).pathname,
        m[2],
      ]),
    );
    const gitDate = (file: string) =>
      execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { cwd: root, encoding: 'utf8' }).trim() ||
      undefined;
    expect(lastmod.get('/codes/550')).toBe(gitDate('content/codes/550.md'));
    expect(lastmod.get('/commands/retr')).toBe(gitDate('content/commands/retr.md'));
    const pair = [
      gitDate('content/codes/125.md'),
      gitDate('content/codes/221.md'),
      gitDate('content/compare/125-vs-221.md'),
    ].sort((a, b) => Date.parse(b!) - Date.parse(a!))[0];
    expect(lastmod.get('/compare/125-vs-221')).toBe(pair);
    const undated = [...lastmod].filter(([path, date]) => !date && path !== '/explain').map(([path]) => path);
    expect(undated).toEqual([]);
  });

  it('each have a unique title, numbers first on code pages', () => {
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const p of indexablePages()) {
      if (!p.title) problems.push(`${p.file}: no title`);
      if (seen.has(p.title)) problems.push(`${p.file}: same title as ${seen.get(p.title)}`);
      seen.set(p.title, p.file);
      const code = /^codes\/(\d+)\.html$/.exec(p.file)?.[1];
      if (code && !p.title.startsWith(`FTP ${code} `))
        problems.push(`${p.file}: title "${p.title}" does not start with "FTP ${code} "`);
    }
    expect(problems).toEqual([]);
  });

  it(`each have a unique meta description of ${MIN_DESCRIPTION}-${MAX_DESCRIPTION} characters`, () => {
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const p of indexablePages()) {
      const n = p.description.length;
      if (n < MIN_DESCRIPTION || n > MAX_DESCRIPTION) problems.push(`${p.file}: description has ${n} characters`);
      if (seen.has(p.description)) problems.push(`${p.file}: same description as ${seen.get(p.description)}`);
      seen.set(p.description, p.file);
    }
    expect(problems).toEqual([]);
  });

  it('each have lang, an absolute canonical link, and Open Graph and Twitter tags that agree with it', () => {
    const problems: string[] = [];
    for (const p of indexablePages()) {
      const canonical = new URL(p.path, SITE).href;
      if (p.lang !== 'en') problems.push(`${p.file}: lang is ${p.lang}, not en`);
      if (p.canonical !== canonical) problems.push(`${p.file}: canonical is ${p.canonical}, not ${canonical}`);
      const expected: Record<string, string | undefined> = {
        'og:url': canonical,
        'og:site_name': 'FTP reply codes',
        'og:type': 'website',
        'og:description': p.description,
        'twitter:description': p.description,
        'twitter:card': /^codes\/\d+\.html$/.test(p.file) ? 'summary_large_image' : 'summary',
      };
      for (const [key, value] of Object.entries(expected)) {
        if (p.meta.get(key) !== value) problems.push(`${p.file}: ${key} is ${p.meta.get(key)}, expected ${value}`);
      }
      for (const key of ['og:title', 'twitter:title']) {
        const value = p.meta.get(key);
        if (!value || !p.title.startsWith(value))
          problems.push(`${p.file}: ${key} "${value}" does not match the title "${p.title}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('each carry JSON-LD with a breadcrumb trail ending at the page, and no FAQ or HowTo markup', () => {
    const problems: string[] = [];
    for (const p of indexablePages()) {
      const blocks = p.jsonLd;
      if (blocks.length !== 1) {
        problems.push(`${p.file}: ${blocks.length} JSON-LD blocks`);
        continue;
      }
      const data = JSON.parse(blocks[0]!) as {
        '@context': string;
        '@graph': { '@type': string; itemListElement?: { position: number; item: string; name: string }[] }[];
      };
      if (data['@context'] !== 'https://schema.org') problems.push(`${p.file}: context ${data['@context']}`);
      const types = data['@graph'].map((item) => item['@type']);
      if (types.some((t) => /FAQ|HowTo/.test(t))) problems.push(`${p.file}: ${types.join(', ')}`);
      const trail = data['@graph'].find((item) => item['@type'] === 'BreadcrumbList')?.itemListElement ?? [];
      if (trail.length === 0) {
        problems.push(`${p.file}: no BreadcrumbList`);
        continue;
      }
      if (trail[0]!.item !== new URL('/', SITE).href) problems.push(`${p.file}: trail starts at ${trail[0]!.item}`);
      if (trail.at(-1)!.item !== new URL(p.path, SITE).href)
        problems.push(`${p.file}: trail ends at ${trail.at(-1)!.item}`);
      if (trail.some((step, i) => step.position !== i + 1 || !step.name))
        problems.push(`${p.file}: trail positions or names are wrong`);
    }
    expect(problems).toEqual([]);
  });

  it('give each code page a legible 1200x630 preview image of its own', () => {
    const problems: string[] = [];
    for (const p of indexablePages().filter((page) => /^codes\/\d+\.html$/.test(page.file))) {
      const code = /(\d+)\.html$/.exec(p.file)![1]!;
      const image = p.meta.get('og:image');
      if (image !== new URL(`/og/codes/${code}.png`, SITE).href) {
        problems.push(`${p.file}: og:image ${image}`);
        continue;
      }
      const png = readFileSync(join(distDir, new URL(image).pathname));
      const { width, height } = pngSize(png);
      if (
        width !== 1200 ||
        height !== 630 ||
        p.meta.get('og:image:width') !== '1200' ||
        p.meta.get('og:image:height') !== '630'
      )
        problems.push(`${p.file}: ${width}x${height}`);
      if (png.length > 100 * 1024) problems.push(`${p.file}: image of ${png.length} bytes`);
      if (!p.meta.get('og:image:alt')?.startsWith(`${code} `))
        problems.push(`${p.file}: alt ${p.meta.get('og:image:alt')}`);
    }
    expect(problems).toEqual([]);
  });

  it('describe each code page as a TechArticle about the code, a term of the set of FTP reply codes', () => {
    const codePages = indexablePages().filter((p) => /^codes\/\d+\.html$/.test(p.file));
    expect(codePages.length).toBeGreaterThan(70);
    for (const p of codePages) {
      const code = /(\d+)\.html$/.exec(p.file)![1]!;
      const graph = JSON.parse(p.jsonLd[0]!)['@graph'];
      const article = graph.find((item: { '@type': string }) => item['@type'] === 'TechArticle');
      expect(article, p.file).toMatchObject({
        headline: expect.stringMatching(new RegExp(`^FTP ${code} `)),
        url: new URL(p.path, SITE).href,
        about: {
          '@type': 'DefinedTerm',
          termCode: code,
          inDefinedTermSet: { '@type': 'DefinedTermSet', url: new URL('/codes', SITE).href },
        },
      });
    }
  });
});

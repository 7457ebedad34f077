/**
 * Deploying under a folder: the real build with BASE_PATH=/ftp and
 * SITE_URL=https://example.org (`npm run build:base`, into dist-base/), crawled. Every link, asset, form, redirect,
 * canonical URL, sitemap entry and dataset URL must stay inside /ftp/ and
 * resolve to a built file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { servedFile, type SiteIndex } from '../../scripts/lib/site-index.ts';
import { root } from '../support/paths.ts';
import { builtSite } from '../support/dist.ts';

const BASE = '/ftp';
const ORIGIN = 'https://example.org';
const out = join(root, 'dist-base');

const read = (file: string) => readFileSync(join(out, file), 'utf8');
let site: SiteIndex;

/** The built file a URL path under the base is served from, or undefined. */
function served(path: string): string | undefined {
  if (path !== BASE && !path.startsWith(`${BASE}/`)) return undefined;
  return servedFile(site, path.slice(BASE.length) || '/');
}

/** Every string under the keys `item` and `url` in JSON-LD data: the URLs of breadcrumbs, articles and term sets. */
function jsonLdUrls(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap(jsonLdUrls);
  if (typeof data !== 'object' || data === null) return [];
  return Object.entries(data).flatMap(([key, value]) =>
    (key === 'item' || key === 'url') && typeof value === 'string' ? [value] : jsonLdUrls(value),
  );
}

beforeAll(() => {
  if (!existsSync(join(out, 'index.html')))
    throw new Error('dist-base/ has no build: run `npm run build:base` first (npm test does it for you)');
  site = builtSite(out);
});

describe(`the site built under ${BASE}/`, () => {
  it('links, assets, forms and refreshes all point inside the base and resolve', () => {
    expect(site.pages.size).toBeGreaterThan(5000);
    const broken: string[] = [];
    for (const page of site.pages.values()) {
      for (const { url } of page.references) {
        if (/^(https?:|#|mailto:)/.test(url)) continue;
        if (!served(url)) broken.push(`${page.file}: ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives canonical, Open Graph and JSON-LD URLs under the origin and base', () => {
    const wrong: string[] = [];
    for (const page of site.pages.values()) {
      const urls = [
        page.canonical,
        page.meta.get('og:url'),
        page.meta.get('og:image'),
        ...page.jsonLd.flatMap((block) => jsonLdUrls(JSON.parse(block))),
      ].filter((url) => url !== undefined);
      for (const url of urls)
        if (!url.startsWith(`${ORIGIN}${BASE}/`) || !served(new URL(url).pathname)) wrong.push(`${page.file}: ${url}`);
    }
    expect(wrong).toEqual([]);
    expect(site.pages.get('index.html')!.canonical).toBe(`${ORIGIN}${BASE}/`);
  });

  it('lists only URLs under the base in the sitemap, named by robots.txt, each served', () => {
    const locs = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(300);
    expect(locs.filter((u) => !u.startsWith(`${ORIGIN}${BASE}/`) || !served(new URL(u).pathname))).toEqual([]);
    expect(read('robots.txt')).toContain(`Sitemap: ${ORIGIN}${BASE}/sitemap.xml`);
  });

  it('writes host redirects from and to paths under the base', () => {
    const lines = read('_redirects').trim().split('\n');
    const outside = lines.filter((line) => {
      const parts = line.split(' ');
      const [from, to] = [parts[0]!, parts.at(-2)!];
      return !from.startsWith(`${BASE}/`) || !to.startsWith(`${BASE}/`);
    });
    expect(outside).toEqual([]);
    expect(lines).toContain(`${BASE}/550 ${BASE}/codes/550 301`);
  });

  it('publishes dataset URLs under the base', () => {
    const data = JSON.parse(read('api/codes.json'));
    expect(data.$schema).toBe(`${ORIGIN}${BASE}/api/schema/codes.json`);
    const siteUrls = JSON.stringify(data).match(/https:\/\/example\.org[^"]*/g) ?? [];
    expect(siteUrls.length).toBeGreaterThan(500);
    expect(siteUrls.filter((u) => !u.startsWith(`${ORIGIN}${BASE}/`) || !served(new URL(u).pathname))).toEqual([]);
  });

  it('prefixes links written in content Markdown', () => {
    const links = site.pages.get('codes/550.html')!.references.map((r) => r.url);
    expect(links).toContain(`${BASE}/commands/retr`);
    expect(links.filter((url) => /^\/(codes|commands|compare)\//.test(url))).toEqual([]);
  });
});

/**
 * Deploying under a folder: the real build with BASE_PATH=/ftp and
 * SITE_URL=https://example.org (`npm run build:base`, into dist-base/), crawled. Every link, asset, form, redirect,
 * canonical URL, sitemap entry and dataset URL must stay inside /ftp/ and
 * resolve to a built file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../support/paths.ts';
import { servedFile, siteFiles as files } from '../support/site-gates.ts';

const BASE = '/ftp';
const ORIGIN = 'https://example.org';
const out = join(root, 'dist-base');

const read = (file: string) => readFileSync(join(out, file), 'utf8');

/** The built file a URL path under the base is served from, or undefined. */
function served(path: string): string | undefined {
  if (path !== BASE && !path.startsWith(`${BASE}/`)) return undefined;
  return servedFile(out, path.slice(BASE.length) || '/');
}

beforeAll(() => {
  if (!existsSync(join(out, 'index.html')))
    throw new Error('dist-base/ has no build: run `npm run build:base` first (npm test does it for you)');
});

describe(`the site built under ${BASE}/`, () => {
  it('links, assets, forms and refreshes all point inside the base and resolve', () => {
    const pages = files(out, '.html');
    expect(pages.length).toBeGreaterThan(5000);
    const broken: string[] = [];
    for (const file of pages) {
      const html = read(file);
      const refs = [
        ...[...html.matchAll(/<(?:a|link|script|img|form)\b[^>]*?\s(?:href|src|action)="([^"]*)"/g)].map((m) => m[1]!),
        ...[...html.matchAll(/content="0; url=([^"]+)"/g)].map((m) => m[1]!),
      ].map((u) => u.replace(/&amp;/g, '&'));
      for (const ref of refs) {
        if (/^(https?:|#|mailto:)/.test(ref)) continue;
        if (!served(ref)) broken.push(`${file}: ${ref}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives canonical, Open Graph and JSON-LD URLs under the origin and base', () => {
    const wrong: string[] = [];
    for (const file of files(out, '.html')) {
      const html = read(file);
      const urls = [
        ...[...html.matchAll(/<link rel="canonical" href="([^"]+)"/g)].map((m) => m[1]!),
        ...[...html.matchAll(/<meta property="og:(?:url|image)" content="([^"]+)"/g)].map((m) => m[1]!),
        ...[...html.matchAll(/"item":"([^"]+)"/g)].map((m) => m[1]!),
      ];
      for (const url of urls)
        if (!url.startsWith(`${ORIGIN}${BASE}/`) || !served(new URL(url).pathname)) wrong.push(`${file}: ${url}`);
    }
    expect(wrong).toEqual([]);
    expect(read('index.html')).toContain(`<link rel="canonical" href="${ORIGIN}${BASE}/">`);
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
    expect(
      siteUrls.filter(
        (u) => !u.startsWith(`${ORIGIN}${BASE}/`) || !served(new URL(u).pathname.replace(/\.json$/, '.json')),
      ),
    ).toEqual([]);
  });

  it('prefixes links written in content Markdown', () => {
    expect(read('codes/550.html')).toContain(`<a href="${BASE}/commands/retr">`);
    expect(read('codes/550.html')).not.toMatch(/href="\/(codes|commands|compare)\//);
  });
});

/** The built site in dist/ (scripts/test.sh builds it before the tests run), read once per test file. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readSite, servedPage, type SiteIndex, type SitePage } from '../../scripts/lib/site-index.ts';
import { distDir } from './paths.ts';

export function requireDist(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ has no build: run `npm run build` first (npm test does it for you)');
  }
}

const read = new Map<string, SiteIndex>();

/**
 * The index of a built site (every page parsed once), read on first use.
 *
 * @example builtSite().pages.size // -> 5176
 */
export function builtSite(dir = distDir): SiteIndex {
  if (!read.has(dir)) read.set(dir, readSite(dir));
  return read.get(dir)!;
}

/**
 * The page served at a URL path of a built site; throws when there is none.
 *
 * @example pageAt('/550').refresh // -> '/codes/550'
 */
export function pageAt(path: string, site = builtSite()): SitePage {
  const page = servedPage(site, path);
  if (!page) throw new Error(`no page of ${site.dir} is served at ${path}`);
  return page;
}

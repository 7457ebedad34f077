/**
 * What each page of a built site costs to load, and the budgets it must stay under (design.md 8).
 * The weight gate (tests/support/site-gates.ts) holds every page to the budgets; `npm run bench`
 * reports the weights by kind of page.
 */
import { fileSize, servedFile, type SiteIndex, type SitePage } from './site-index.ts';

/**
 * Budgets in bytes: HTML of a page as sent (gzipped: 14 KB is what the first round trip of a new connection
 * carries, design.md 8), the CSS it links, and the one script a content page may run.
 */
export const PAGE_BUDGETS = { htmlGzip: 14 * 1024, css: 20 * 1024, contentScript: 2 * 1024 };

export interface PageWeight {
  file: string;
  /** Bytes of HTML. */
  html: number;
  /** Bytes of HTML gzipped. */
  htmlGzip: number;
  /** Bytes of all stylesheets the page links. */
  css: number;
  /** Scripts that run (JSON-LD is data and not counted); an inline script is "(inline)" and counts 0 bytes. */
  scripts: { src: string; bytes: number; deferred: boolean }[];
  /** A page that only forwards (meta refresh): a short link or a reversed pair. */
  redirect: boolean;
}

/**
 * What each page costs to load.
 *
 * @example pageWeights(readSite('dist')).find((w) => w.file === 'codes/550.html')?.scripts[0]?.src // -> '/scripts/copy.js'
 */
export function pageWeights(site: SiteIndex): PageWeight[] {
  const sizes = new Map<string, number>();
  const sizeOf = (url: string, page: SitePage) => {
    const file = servedFile(site, new URL(url, new URL(page.path, 'http://site.invalid')).pathname);
    if (file === undefined) return 0;
    if (!sizes.has(file)) sizes.set(file, fileSize(site, file));
    return sizes.get(file)!;
  };
  return [...site.pages.values()].map((page) => ({
    file: page.file,
    html: page.bytes,
    htmlGzip: page.gzipBytes,
    css: page.stylesheets.reduce((sum, href) => sum + sizeOf(href, page), 0),
    scripts: page.scripts.map((s) => ({
      src: s.src ?? '(inline)',
      bytes: s.src === undefined ? 0 : sizeOf(s.src, page),
      deferred: s.deferred,
    })),
    redirect: page.refresh !== undefined,
  }));
}

/**
 * The median of some numbers.
 *
 * @example median([3, 1, 2, 10]) // -> 2.5
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Reading the built site in `dist/` (scripts/test.sh builds it before the tests run). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './paths.ts';
import { servedFile, siteFiles } from './site-gates.ts';

export function requireDist(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ has no build: run `npm run build` first (npm test does it for you)');
  }
}

/** Every HTML file, as a path relative to dist/ (e.g. "codes/550.html"). */
export function htmlFiles(dir = distDir): string[] {
  return siteFiles(dir, '.html');
}

export function readPage(file: string): string {
  return existsSync(join(distDir, file)) ? readFileSync(join(distDir, file), 'utf8') : '';
}

/** The file that a site-relative URL path is served from, or undefined. */
export function fileForPath(path: string): string | undefined {
  return servedFile(distDir, path);
}

/** href values of <a> and <link> elements that point inside the site. */
export function internalLinks(html: string): string[] {
  return [...html.matchAll(/<(?:a|link)\b[^>]*?\shref="([^"]*)"/g)]
    .map((m) => m[1].replace(/&amp;/g, '&'))
    .filter((href) => href.startsWith('/') && !href.startsWith('//'));
}

/** All id attributes in a page. */
export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
}

/** The text of the site-level files: sitemap.xml, robots.txt and the host redirect file. */
import type { ComparePath } from '../ftp/pairs.ts';
import {
  codeUrl,
  commandUrl,
  compareGoUrl,
  compareIdUrl,
  compareUrl,
  lookupUrl,
  searchUrl,
  shortCodeUrl,
} from './urls.ts';

/**
 * A sitemap of absolute URLs, in the order given, with `lastmod` where known.
 *
 * @example sitemapXml([{ loc: 'https://example.org/', lastmod: '2026-11-27T10:00:00+00:00' }])
 * // -> '<?xml ...><urlset ...><url><loc>https://example.org/</loc><lastmod>2026-11-27T10:00:00+00:00</lastmod></url></urlset>'
 */
export function sitemapXml(urls: readonly { loc: string; lastmod?: string | undefined }[]): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = urls
    .map((u) => `<url><loc>${escape(u.loc)}</loc>${u.lastmod ? `<lastmod>${escape(u.lastmod)}</lastmod>` : ''}</url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** robots.txt that allows everything and points at the sitemap. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/**
 * `_redirects` (Netlify and Cloudflare Pages syntax): short links and reversed
 * pairs to their canonical pages with 301, and the picker's form target to
 * the pair it names.
 *
 * @example redirectsFile([{ id: '221-vs-125', pair: [125, 221], canonical: false }], [550])
 * // -> '/compare/go a=:a b=:b /compare/:a-vs-:b 302\n/550 /codes/550 301\n'
 * //    + '/compare/221-vs-125 /compare/125-vs-221 301\n'
 */
export function redirectsFile(
  paths: readonly ComparePath[],
  codes: readonly number[] = [],
  commands: readonly string[] = [],
): string {
  const lines = [
    `${compareGoUrl} a=:a b=:b ${compareIdUrl(':a-vs-:b')} 302`,
    // The lookup form without a script: exact codes and commands, anything else to search.
    ...codes.map((c) => `${lookupUrl} q=${c} ${codeUrl(c)} 302`),
    ...commands.flatMap((c) => [
      `${lookupUrl} q=${c.toUpperCase()} ${commandUrl(c)} 302`,
      `${lookupUrl} q=${c} ${commandUrl(c)} 302`,
    ]),
    `${lookupUrl} q=:q ${searchUrl}?q=:q 302`,
    ...codes.map((c) => `${shortCodeUrl(c)} ${codeUrl(c)} 301`),
  ];
  for (const p of paths) {
    if (!p.canonical) lines.push(`${compareIdUrl(p.id)} ${compareUrl(p.pair[0], p.pair[1])} 301`);
  }
  return `${lines.join('\n')}\n`;
}

/** The text of the site-level files: sitemap.xml, robots.txt and the host redirect file. */
import { escapeHtml } from './escape-html.ts';
import { codeUrl, commandUrl, compareGoUrl, compareIdUrl, lookupUrl, shortCodeUrl } from './urls.ts';

/**
 * A sitemap of absolute URLs, in the order given, with `lastmod` where known.
 *
 * @example sitemapXml([{ loc: 'https://example.org/', lastmod: '2026-11-27T10:00:00+00:00' }])
 * // -> '<?xml ...><urlset ...><url><loc>https://example.org/</loc><lastmod>2026-11-27T10:00:00+00:00</lastmod></url></urlset>'
 */
export function sitemapXml(urls: readonly { loc: string; lastmod?: string | undefined }[]): string {
  const body = urls
    .map(
      (u) =>
        `<url><loc>${escapeHtml(u.loc)}</loc>${u.lastmod ? `<lastmod>${escapeHtml(u.lastmod)}</lastmod>` : ''}</url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** robots.txt that allows everything and points at the sitemap. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/**
 * `_redirects` (Netlify and Cloudflare Pages syntax): short links to their code pages with 301, the picker's form
 * target to the pair it names, and the lookup form's exact codes and command names (a query string rule, which
 * Netlify reads; the /lookup page resolves every other query with the lookup's own function, so no catch-all
 * sends them elsewhere). Reversed comparison URLs are not listed: their stub pages land readers, and the file stays
 * within Cloudflare Pages' limits (2,000 static and 100 dynamic rules).
 *
 * @example redirectsFile([550], ['retr'])
 * // -> '/compare/go a=:a b=:b /compare/:a-vs-:b 302\n/lookup q=550 /codes/550 302\n'
 * //    + '/lookup q=RETR /commands/retr 302\n/lookup q=retr /commands/retr 302\n/550 /codes/550 301\n'
 */
export function redirectsFile(codes: readonly number[] = [], commands: readonly string[] = []): string {
  const lines = [
    `${compareGoUrl} a=:a b=:b ${compareIdUrl(':a-vs-:b')} 302`,
    // The lookup form without a script: exact codes and commands.
    ...codes.map((c) => `${lookupUrl} q=${c} ${codeUrl(c)} 302`),
    ...commands.flatMap((c) => [
      `${lookupUrl} q=${c.toUpperCase()} ${commandUrl(c)} 302`,
      `${lookupUrl} q=${c} ${commandUrl(c)} 302`,
    ]),
    ...codes.map((c) => `${shortCodeUrl(c)} ${codeUrl(c)} 301`),
  ];
  return `${lines.join('\n')}\n`;
}

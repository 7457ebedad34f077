/**
 * The only place a site URL is spelled. Canonical URLs have no trailing slash
 * and no `.html` (design.md section 2). Every URL carries the base path the
 * site is deployed under (BASE_PATH, e.g. `/ftp`; Astro passes it to code as
 * import.meta.env.BASE_URL); the examples show the default base, `/`.
 */

/**
 * The base path without its trailing slash: '' at the root, '/ftp' under /ftp/.
 * Written as plain `import.meta.env` so Vite (and Vitest) replace it; it is
 * undefined only under bare Node (astro.config.mjs reads DEFAULT_SITE_URL).
 */
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/+$/, '');

/**
 * A site path under the deployment's base path.
 *
 * @example withBase('/codes/550') // -> '/codes/550' (under /ftp/: '/ftp/codes/550')
 */
export function withBase(path: string): string {
  return `${BASE}${path}`;
}

/** @example codeUrl(550) // -> '/codes/550' */
export const codeUrl = (code: number): string => withBase(`/codes/${code}`);

/** @example commandUrl('RETR') // -> '/commands/retr' */
export const commandUrl = (id: string): string => withBase(`/commands/${id.toLowerCase()}`);

export const homeUrl = withBase('/');
export const codesIndexUrl = withBase('/codes');
export const commandsIndexUrl = withBase('/commands');
export const compareIndexUrl = withBase('/compare');
export const compareGoUrl = withBase('/compare/go');
export const explainUrl = withBase('/explain');
export const explainDataUrl = withBase('/explain-data.json');
export const searchUrl = withBase('/search');
export const lookupUrl = withBase('/lookup');
export const sitemapUrl = withBase('/sitemap.xml');

/** The production origin; SITE_URL overrides it at build time (astro.config.mjs). */
export const DEFAULT_SITE_URL = 'https://ftp-reply-codes.org';

/** Absolute URL on the production site, for canonical links. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/**
 * An id for an in-page anchor made from a heading's text.
 *
 * @example anchorId('File action commands') // -> 'file-action-commands'
 */
export function anchorId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

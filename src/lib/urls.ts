/**
 * The only place a site URL is spelled. Canonical URLs have no trailing slash
 * and no `.html` (design.md section 2).
 */

/** @example codeUrl(550) // -> '/codes/550' */
export const codeUrl = (code: number): string => `/codes/${code}`;

/** @example commandUrl('RETR') // -> '/commands/retr' */
export const commandUrl = (id: string): string => `/commands/${id.toLowerCase()}`;

export const homeUrl = '/';
export const codesIndexUrl = '/codes';
export const commandsIndexUrl = '/commands';
export const compareIndexUrl = '/compare';
export const explainUrl = '/explain';
export const searchUrl = '/search';

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
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

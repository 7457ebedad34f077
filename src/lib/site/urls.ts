/**
 * The only place a site URL is spelled. Canonical URLs have no trailing slash
 * and no `.html` (design.md section 2). Every URL carries the base path the
 * site is deployed under (BASE_PATH, e.g. `/ftp`; Astro passes it to code as
 * import.meta.env.BASE_URL); the examples show the default base, `/`.
 * Route files under src/pages/ put the pages at these paths; the protocol
 * layer (src/lib/ftp/) hands over codes and pair ids, and this module makes
 * them links. Client scripts import it too: Vite fills in the base there.
 */
import { pairId } from '../ftp/pairs.ts';

/**
 * The base path without its trailing slash: '' at the root, '/ftp' under /ftp/.
 * Written as plain `import.meta.env` so Vite (and Vitest) replace it; it is
 * undefined only under bare Node: astro.config.mjs and the integrations it
 * loads, which take the base from BASE_PATH, as astro.config.mjs does.
 */
const BASE = (import.meta.env?.BASE_URL ?? globalThis.process?.env.BASE_PATH ?? '/').replace(/\/+$/, '');

/**
 * A site path under the deployment's base path.
 *
 * @example withBase('/codes/550') // -> '/codes/550' (under /ftp/: '/ftp/codes/550')
 */
export function withBase(path: string): string {
  return `${BASE}${path}`;
}

export const homeUrl = withBase('/');
export const codesIndexUrl = withBase('/codes');
export const commandsIndexUrl = withBase('/commands');
export const compareIndexUrl = withBase('/compare');
export const compareGoUrl = withBase('/compare/go');
export const explainUrl = withBase('/explain');
export const explainDataUrl = withBase('/explain-data.json');
export const searchUrl = withBase('/search');
export const lookupUrl = withBase('/lookup');
export const lookupDataUrl = withBase('/lookup-data.json');
export const sitemapUrl = withBase('/sitemap.xml');
export const faviconUrl = withBase('/favicon.svg');

/** @example codeUrl(550) // -> '/codes/550' */
export const codeUrl = (code: number): string => withBase(`/codes/${code}`);

/** A code's short link, which redirects to its page. @example shortCodeUrl(550) // -> '/550' */
export const shortCodeUrl = (code: number): string => withBase(`/${code}`);

/** @example commandUrl('RETR') // -> '/commands/retr' */
export const commandUrl = (id: string): string => withBase(`/commands/${id.toLowerCase()}`);

/**
 * The comparison path of a pair id as written, in either order (the reversed
 * one only redirects), or a redirect rule's pattern.
 *
 * @example compareIdUrl('221-vs-125') // -> '/compare/221-vs-125'
 * @example compareIdUrl(':a-vs-:b') // -> '/compare/:a-vs-:b'
 */
export const compareIdUrl = (id: string): string => withBase(`/compare/${id}`);

/**
 * A pair's comparison page, lower code first whatever the order given (the rule is pairId's).
 *
 * @example compareUrl(221, 125) // -> '/compare/125-vs-221'
 */
export const compareUrl = (a: number, b: number): string => compareIdUrl(pairId(a, b));

/** The list of guides. */
export const guidesIndexUrl = withBase('/guides');

/** A guide. @example guideUrl('ftps') // -> '/guides/ftps' */
export const guideUrl = (guide: string): string => withBase(`/guides/${guide}`);

/** The list of clients and libraries. */
export const clientsIndexUrl = withBase('/clients');

/** A client's or library's page. @example clientUrl('curl') // -> '/clients/curl' */
export const clientUrl = (client: string): string => withBase(`/clients/${client}`);

/**
 * The table of a library's names for reply codes, on its page.
 *
 * @example clientNamesUrl('dotnet') // -> '/clients/dotnet#names'
 */
export const clientNamesUrl = (client: string): string => `${clientUrl(client)}#names`;

/**
 * Where a client error is explained: its own page when it has one, else its row on the client's page.
 *
 * @example clientErrorUrl('curl', 'exit-9', true) // -> '/clients/curl/exit-9'
 * @example clientErrorUrl('curl', 'exit-3', false) // -> '/clients/curl#exit-3'
 */
export const clientErrorUrl = (client: string, id: string, page: boolean): string =>
  page ? withBase(`/clients/${client}/${id}`) : `${clientUrl(client)}#${id}`;

/** The list of servers. */
export const serversIndexUrl = withBase('/servers');

/** A server's page. @example serverUrl('vsftpd') // -> '/servers/vsftpd' */
export const serverUrl = (server: string): string => withBase(`/servers/${server}`);

/**
 * The page of every message a server sends with one code, in full.
 *
 * @example serverCodeUrl('proftpd', 550) // -> '/servers/proftpd/codes/550'
 */
export const serverCodeUrl = (server: string, code: number): string => withBase(`/servers/${server}/codes/${code}`);

/**
 * Where a server message is explained: its own page when it has one, else its row among the server's messages
 * with that code.
 *
 * @example messageUrl('vsftpd', { id: 'cannot-change-directory', code: 500 }, true) // -> '/servers/vsftpd/cannot-change-directory'
 * @example messageUrl('vsftpd', { id: 'failed-to-open-file', code: 550 }, false) // -> '/servers/vsftpd/codes/550#failed-to-open-file'
 */
export const messageUrl = (server: string, { id, code }: { id: string; code: number }, page: boolean): string =>
  page ? messagePageUrl(server, id) : `${serverCodeUrl(server, code)}#${id}`;

/**
 * A message's own page.
 *
 * @example messagePageUrl('vsftpd', 'login-incorrect') // -> '/servers/vsftpd/login-incorrect'
 */
export const messagePageUrl = (server: string, id: string): string => withBase(`/servers/${server}/${id}`);

/** The search page with a query. @example searchQueryUrl('disk full') // -> '/search?q=disk%20full' */
export const searchQueryUrl = (query: string): string => `${searchUrl}?q=${encodeURIComponent(query)}`;

/** Where a code's Open Graph card is served. @example ogImageUrl(550) // -> '/og/codes/550.png' */
export const ogImageUrl = (code: number): string => withBase(`/og/codes/${code}.png`);

/**
 * The open dataset: its documentation page, data files and JSON Schemas.
 *
 * @example apiUrls.code(550) // -> '/api/codes/550.json'
 * @example apiUrls.schema('codes') // -> '/api/schema/codes.json'
 */
export const apiUrls = {
  page: withBase('/api'),
  codes: withBase('/api/codes.json'),
  code: (code: number): string => withBase(`/api/codes/${code}.json`),
  commands: withBase('/api/commands.json'),
  messages: withBase('/api/messages.json'),
  schema: (name: string): string => withBase(`/api/schema/${name}.json`),
};

/**
 * A file of the Pagefind search index and UI, which the build writes into pagefind/
 * (src/integrations/search-index.ts).
 *
 * @example pagefindUrl('pagefind.js') // -> '/pagefind/pagefind.js'
 */
export const pagefindUrl = (file: string): string => withBase(`/pagefind/${file}`);

/**
 * The file a site URL is served from, relative to the build's output folder: pages are `<path>.html`
 * (`build.format: 'file'`), files keep their name. For integrations that write files themselves.
 *
 * @example outputFile('/compare/221-vs-125') // -> 'compare/221-vs-125.html' (under /ftp/ too)
 * @example outputFile('/og/codes/550.png') // -> 'og/codes/550.png'
 */
export function outputFile(url: string): string {
  if (!url.startsWith(`${BASE}/`)) throw new RangeError(`${url} is not under the base path ${BASE}/`);
  const path = url.slice(BASE.length + 1);
  return /\.[a-z]+$/.test(path) ? path : `${path}.html`;
}

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

/**
 * The `<head>` of every page as data: a list of tags, built here and rendered
 * as they are by src/components/Head.astro. Every page starts from the same
 * base (charset, viewport, the Content-Security-Policy), and a later tag
 * replaces an earlier one of the same kind, so no page carries two titles,
 * two descriptions or two canonical links.
 */
import { CSP_META } from './security-headers.ts';
import { metaDescription } from './description.ts';
import { breadcrumbList, jsonLdText, type Crumb } from './structured-data.ts';
import { pageTitle, SITE_NAME } from './titles.ts';
import { absoluteUrl, faviconUrl, homeUrl } from './urls.ts';

/** One tag of the head: `<meta name="description" content="...">` is `{ tag: 'meta', attrs: { name, content } }`. */
export interface HeadEntry {
  tag: 'title' | 'meta' | 'link' | 'script';
  attrs: Record<string, string>;
  /** Text of a title; JSON of a JSON-LD script. */
  content?: string;
}

/** What a page says about itself; the head and the breadcrumbs are built from it. */
export interface PageMeta {
  /** Page title without the site name. */
  title: string;
  /** Meta description: one or two sentences (cut to the length search results show). */
  description: string;
  /** Canonical path, e.g. "/codes/550". Omit on pages that have none (404). */
  path?: string | undefined;
  /** Keep the page out of search indexes. */
  noindex?: boolean | undefined;
  /** Breadcrumbs shown above the content; without them the structured data still says Home > title. */
  trail?: Crumb[] | undefined;
  /** More JSON-LD items for the page's graph (the breadcrumb list is always there). */
  jsonLd?: Record<string, unknown>[] | undefined;
  /** A preview image for link cards (code pages), site-relative. */
  image?: { path: string; alt: string; width: number; height: number } | undefined;
}

/** The tags every page starts with, before anything that might be read with the wrong charset or policy. */
export const BASE_HEAD: readonly HeadEntry[] = [
  { tag: 'meta', attrs: { charset: 'utf-8' } },
  { tag: 'meta', attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' } },
  { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META } },
];

/** Tags of one kind share a key: one title, one meta per name or property, one canonical link. */
function headKey({ tag, attrs, content }: HeadEntry): string {
  if (tag === 'title') return 'title';
  if (tag === 'meta') {
    if ('charset' in attrs) return 'meta charset';
    for (const key of ['name', 'property', 'http-equiv'] as const) if (attrs[key]) return `meta ${key}=${attrs[key]}`;
  }
  if (tag === 'link' && attrs.rel === 'canonical') return 'link canonical';
  return JSON.stringify([tag, attrs, content]);
}

/**
 * The lists in order, a later tag replacing an earlier one of the same key where the earlier one stood.
 *
 * @example mergeHead([{ tag: 'title', attrs: {}, content: 'A' }], [{ tag: 'title', attrs: {}, content: 'B' }])
 * // -> [{ tag: 'title', attrs: {}, content: 'B' }]
 */
export function mergeHead(...lists: readonly (readonly HeadEntry[])[]): HeadEntry[] {
  const merged = new Map<string, HeadEntry>();
  for (const entry of lists.flat()) merged.set(headKey(entry), entry);
  return [...merged.values()];
}

/**
 * The full head of a page: title, description, canonical link, robots, Open
 * Graph and Twitter tags, JSON-LD, icon.
 *
 * @example pageHead({ title: 'FTP 550 File unavailable', description: '...', path: '/codes/550' }, site)
 *   .find((e) => e.tag === 'title')?.content // -> 'FTP 550 File unavailable | FTP reply codes'
 */
export function pageHead(meta: PageMeta, site: URL): HeadEntry[] {
  const { title, path, noindex = false, trail, jsonLd = [], image } = meta;
  const home = path === homeUrl;
  const description = metaDescription(meta.description);
  const canonical = path ? absoluteUrl(path, site) : undefined;
  const crumbs = trail ?? (home ? [{ label: 'Home' }] : [{ label: 'Home', href: homeUrl }, { label: title }]);
  const metaTag = (key: 'name' | 'property', value: string, content: string): HeadEntry => ({
    tag: 'meta',
    attrs: { [key]: value, content },
  });
  return mergeHead(BASE_HEAD, [
    { tag: 'title', attrs: {}, content: home ? `${SITE_NAME}: every FTP server reply explained` : pageTitle(title) },
    metaTag('name', 'description', description),
    ...(canonical ? [{ tag: 'link', attrs: { rel: 'canonical', href: canonical } } as const] : []),
    ...(noindex ? [metaTag('name', 'robots', 'noindex,follow')] : []),
    metaTag('property', 'og:site_name', SITE_NAME),
    metaTag('property', 'og:title', title),
    metaTag('property', 'og:description', description),
    metaTag('property', 'og:type', 'website'),
    ...(canonical ? [metaTag('property', 'og:url', canonical)] : []),
    ...(image
      ? [
          metaTag('property', 'og:image', absoluteUrl(image.path, site)),
          metaTag('property', 'og:image:width', String(image.width)),
          metaTag('property', 'og:image:height', String(image.height)),
          metaTag('property', 'og:image:alt', image.alt),
        ]
      : []),
    metaTag('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    metaTag('name', 'twitter:title', title),
    metaTag('name', 'twitter:description', description),
    ...(canonical
      ? [
          {
            tag: 'script',
            attrs: { type: 'application/ld+json' },
            content: jsonLdText([breadcrumbList(crumbs, canonical, site), ...jsonLd]),
          } as const,
        ]
      : []),
    { tag: 'link', attrs: { rel: 'icon', href: faviconUrl, type: 'image/svg+xml' } },
    metaTag('name', 'color-scheme', 'light dark'),
  ]);
}

/**
 * The head of a page that only sends the reader on (short links, reversed
 * pairs): a refresh to the target and a canonical link to it, no noindex, so
 * search engines merge the two URLs.
 *
 * @example redirectHead('/codes/550', '550 File unavailable', site).map((e) => e.attrs['http-equiv'] ?? e.tag)
 * // -> ['meta', 'meta', 'Content-Security-Policy', 'title', 'refresh', 'link']
 */
export function redirectHead(target: string, label: string, site: URL): HeadEntry[] {
  return mergeHead(BASE_HEAD, [
    { tag: 'title', attrs: {}, content: label },
    { tag: 'meta', attrs: { 'http-equiv': 'refresh', content: `0; url=${target}` } },
    { tag: 'link', attrs: { rel: 'canonical', href: absoluteUrl(target, site) } },
  ]);
}

/**
 * JSON-LD (schema.org) for the head of each page: a BreadcrumbList on every
 * page, and on code pages a TechArticle about the code as a DefinedTerm of the
 * set "FTP reply codes". No FAQ or HowTo markup.
 */
import { absoluteUrl, codesIndexUrl } from './urls.ts';
import { SITE_NAME } from './titles.ts';

/** One step of a breadcrumb trail; the last step is the page itself and needs no href. */
export interface Crumb {
  label: string;
  href?: string;
}

type JsonLd = Record<string, unknown>;

/**
 * @example breadcrumbList([{ label: 'Home', href: '/' }, { label: '550' }], 'https://x.org/codes/550', 'https://x.org')
 * // -> { '@type': 'BreadcrumbList', itemListElement: [{ position: 1, name: 'Home', item: 'https://x.org/' }, { position: 2, name: '550', item: 'https://x.org/codes/550' }] }
 */
export function breadcrumbList(trail: readonly Crumb[], pageUrl: string, site: URL | string): JsonLd {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: step.label,
      item: i === trail.length - 1 ? pageUrl : absoluteUrl(step.href ?? '/', site),
    })),
  };
}

/** A code page: an article about one term of the set of FTP reply codes. */
export function codeArticle(
  code: { code: number; name: string; summary: string; title: string },
  pageUrl: string,
  site: URL | string,
): JsonLd {
  return {
    '@type': 'TechArticle',
    headline: code.title,
    description: code.summary,
    url: pageUrl,
    inLanguage: 'en',
    about: {
      '@type': 'DefinedTerm',
      termCode: String(code.code),
      name: code.name,
      inDefinedTermSet: { '@type': 'DefinedTermSet', name: SITE_NAME, url: absoluteUrl(codesIndexUrl, site) },
    },
  };
}

/**
 * The text of a `<script type="application/ld+json">`: one graph, with `<`
 * escaped so no value can close the script element.
 */
export function jsonLdText(items: readonly JsonLd[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': items }).replace(/</g, '\\u003c');
}

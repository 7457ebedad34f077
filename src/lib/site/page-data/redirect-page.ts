/**
 * Pages that only send the reader on: short links (/550 -> /codes/550) and
 * reversed pairs (/compare/221-vs-125 -> /compare/125-vs-221). They hold no
 * component: src/integrations/redirect-pages.ts writes them as they are here,
 * after the build. Hosts that read _redirects answer the short links with a
 * 301 before these pages are ever served.
 */
import { codeUrl, compareIdUrl, compareUrl, outputFile, shortCodeUrl } from '../urls.ts';
import { escapeHtml } from '../escape-html.ts';
import { redirectHead, type HeadEntry } from '../head.ts';
import { contentIndex, type SiteContent } from '../site-content.ts';
import { comparePagePaths } from './compare-page.ts';

export interface RedirectPage {
  head: HeadEntry[];
  /** Where the reader belongs, e.g. "/codes/550". */
  target: string;
  /** What is there, e.g. "550 File unavailable". */
  label: string;
}

function redirectPage(target: string, label: string, site: URL): RedirectPage {
  return { head: redirectHead(target, label, site), target, label };
}

/** The codes that have a short link: every code. */
export function shortLinkCodes(content: SiteContent): number[] {
  return content.codes.map((c) => c.code);
}

/** @example shortLinkPage(content, 550, site).label // -> '550 File unavailable' */
export function shortLinkPage(content: SiteContent, code: number, site: URL): RedirectPage {
  return redirectPage(codeUrl(code), `${code} ${contentIndex(content).names.get(code)}`, site);
}

/** @example reversedPairPage([125, 221], site).target // -> '/compare/125-vs-221' */
export function reversedPairPage([a, b]: [number, number], site: URL): RedirectPage {
  return redirectPage(compareUrl(a, b), `${a} vs ${b}: FTP reply codes compared`, site);
}

/**
 * Every redirect page with the file it is served from: a short link per code, and the reversed order of every
 * pair that has a comparison page.
 *
 * @example redirectPages(content, site).find((p) => p.file === 'compare/221-vs-125.html')?.page.target
 * // -> '/compare/125-vs-221'
 */
export function redirectPages(content: SiteContent, site: URL): { file: string; page: RedirectPage }[] {
  return [
    ...shortLinkCodes(content).map((code) => ({
      file: outputFile(shortCodeUrl(code)),
      page: shortLinkPage(content, code, site),
    })),
    ...comparePagePaths(content).map(([a, b]) => ({
      file: outputFile(compareIdUrl(`${b}-vs-${a}`)),
      page: reversedPairPage([a, b], site),
    })),
  ];
}

function headTag({ tag, attrs, content }: HeadEntry): string {
  if (tag === 'title') return `<title>${escapeHtml(content ?? '')}</title>`;
  if (tag === 'script') throw new Error('a redirect page runs no script');
  return `<${tag}${Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('')}>`;
}

/**
 * The whole page: the head (refresh, canonical link, the site's Content-Security-Policy), the site's shared
 * stylesheets (`stylesheets`, their URLs as built: light and dark like every page), and a link for a reader whose
 * browser does not follow the refresh. It runs no script.
 *
 * @example redirectPageHtml(reversedPairPage([125, 221], site), []).includes('url=/compare/125-vs-221') // -> true
 */
export function redirectPageHtml({ head, target, label }: RedirectPage, stylesheets: readonly string[]): string {
  const text = escapeHtml(label);
  const links = stylesheets.map((href) => headTag({ tag: 'link', attrs: { rel: 'stylesheet', href } }));
  return (
    `<!DOCTYPE html><html lang="en"><head>${head.map(headTag).join('')}${links.join('')}</head>` +
    `<body><main><h1>${text}</h1><p>This page is at <a href="${escapeHtml(target)}">${text}</a>.</p></main></body></html>\n`
  );
}

/**
 * What the host's `_redirects` file sends on, as redirectsFile() takes it:
 * every code (short links), every command name (lookup).
 */
export function redirectSources(content: SiteContent): [number[], string[]] {
  return [shortLinkCodes(content), content.commands.filter((c) => c.data.kind === 'command').map((c) => c.id)];
}

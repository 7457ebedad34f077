/**
 * Pages that only send the reader on: short links (/550 -> /codes/550) and
 * reversed pairs (/compare/221-vs-125 -> /compare/125-vs-221). Hosts that
 * read _redirects answer with a 301 before these pages are ever served.
 */
import { compareUrl } from '../urls.ts';
import { redirectHead, type HeadEntry } from '../head.ts';
import { contentIndex, type SiteContent } from '../site-content.ts';
import { codeUrl } from '../urls.ts';

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
 * What the host's `_redirects` file sends on, as redirectsFile() takes it:
 * every code (short links), every command name (lookup).
 */
export function redirectSources(content: SiteContent): [number[], string[]] {
  return [shortLinkCodes(content), content.commands.filter((c) => c.data.kind === 'command').map((c) => c.id)];
}

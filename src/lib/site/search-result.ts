/**
 * What a search result shows besides its snippet: the address without `.html`, the reply code the page is about
 * (for its class colour) and the page's name without that code in front.
 */
import { isReplyCode, replyClass } from '../ftp/reply-codes.ts';

/** A result as the list shows it. */
export interface ResultHead {
  url: string;
  /** The reply code the page is about, when it is about one code. */
  code?: number;
  /** The class colour's name ('c5'), or 'c0' for a number that is not an FTP reply (a socket error). */
  colour?: string;
  name: string;
}

/**
 * Pagefind records file names; pages are served without `.html`.
 *
 * @example cleanResultUrl('/codes/550.html#fix') // -> '/codes/550#fix'
 */
export const cleanResultUrl = (url: string): string => url.replace(/\.html(?=#|$)/, '');

/**
 * The result's code, colour and name. A code page carries its code in Pagefind's `code` meta; the page of one
 * server's texts for a code has it in its address; a server message page's title starts with it. Client errors,
 * commands, guides, servers and clients are about no single code.
 *
 * @example resultHead('/codes/550.html', { title: '550 Requested action not taken', code: '550' })
 * // -> { url: '/codes/550', code: 550, colour: 'c5', name: 'Requested action not taken' }
 * @example resultHead('/commands/rnfr.html', { title: 'RNFR: rename from' })
 * // -> { url: '/commands/rnfr', name: 'RNFR: rename from' }
 */
export function resultHead(url: string, meta: { title?: string; code?: string }): ResultHead {
  const clean = cleanResultUrl(url);
  const title = (meta.title ?? clean).trim();
  const leading = /^(\d{3,5})\s+(\S.*)$/s.exec(title);
  const fromUrl = /\/servers\/[^/]+\/codes\/(\d+)$/.exec(clean)?.[1];
  const isMessage = /\/servers\/[^/]+\/[^/]+$/.test(clean) && !/\/codes$/.test(clean);
  const code = Number(meta.code ?? fromUrl ?? (isMessage ? leading?.[1] : undefined));
  if (!Number.isInteger(code) || code <= 0) return { url: clean, name: title };
  const name = leading && Number(leading[1]) === code ? leading[2]! : title;
  return { url: clean, code, colour: isReplyCode(code) ? `c${replyClass(code).digit}` : 'c0', name };
}

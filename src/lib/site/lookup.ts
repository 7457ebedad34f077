/**
 * The lookup box: whatever a reader types or pastes, the page it means.
 * (A line a server sent is first held against the server messages: src/lib/site/lookup-message.ts.)
 * "550" and other reply lines -> the code; "125 221",
 * "125 vs 221", "221-vs-125" -> the comparison; "RETR" -> the command; anything else -> search.
 */
import { replyLine } from '../ftp/reply-line.ts';
import { CLIENT_ERROR_MIN } from '../ftp/server-messages.ts';
import { codeUrl, commandUrl, compareUrl, searchQueryUrl } from './urls.ts';

export interface LookupIndex {
  codes: ReadonlySet<number>;
  /** Command file names, lowercase ("retr"). */
  commands: ReadonlySet<string>;
}

/**
 * Whether a query could be a server's line or a client's error, so the lookup should first try the catalogues
 * (src/lib/site/lookup-message.ts): a reply line, or a text long enough to hold a client error.
 *
 * @example needsMessages('550 Failed to open file.') // -> true
 * @example needsMessages('curl: (9) Server denied you to change to the given directory') // -> true
 * @example needsMessages('550') // -> false
 */
export function needsMessages(query: string): boolean {
  return !!replyLine(query) || query.length >= CLIENT_ERROR_MIN;
}

/**
 * @example resolveLookup('221-vs-125', index) // -> '/compare/125-vs-221'
 * @example resolveLookup('550 Permission denied.', index) // -> '/codes/550'
 * @example resolveLookup('disk full', index) // -> '/search?q=disk%20full'
 */
export function resolveLookup(query: string, { codes, commands }: LookupIndex): string {
  const q = query.trim();
  const pair = /^(\d{3}|\d{5})\s*(?:-?\s*vs\.?\s*-?|[-,/&]|\s)\s*(\d{3}|\d{5})$/i.exec(q);
  if (pair) {
    const [a, b] = [Number(pair[1]), Number(pair[2])];
    if (a !== b && codes.has(a) && codes.has(b)) return compareUrl(a, b);
  }
  const code = /^(\d{3}|\d{5})(?:[\s-]|$)/.exec(q);
  if (code && codes.has(Number(code[1]))) return codeUrl(Number(code[1]));
  if (/^[a-z]{3,4}$/i.test(q) && commands.has(q.toLowerCase())) return commandUrl(q);
  return searchQueryUrl(q);
}

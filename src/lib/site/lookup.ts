/**
 * The lookup box: whatever a reader types or pastes, the page it means.
 * A line a server sent ("500 OOPS: cannot change directory:/home/alice", even after "Response:" or a
 * timestamp) -> its message in the server catalogue; "550" and other reply lines -> the code; "125 221",
 * "125 vs 221", "221-vs-125" -> the comparison; "RETR" -> the command; anything else -> search.
 */
import { matchMessages, replyLine } from '../ftp/server-messages.ts';
import { codeUrl, commandUrl, compareUrl, searchQueryUrl } from './urls.ts';

/** A catalogued server message as the lookup needs it: `[code, text with {placeholders}, url]`. */
export type LookupMessage = readonly [code: number, text: string, url: string];

export interface LookupIndex {
  codes: ReadonlySet<number>;
  /** Command file names, lowercase ("retr"). */
  commands: ReadonlySet<string>;
  /** Server messages, the preferred first where texts tie (src/lib/site/lookup-data.ts). */
  messages?: readonly LookupMessage[] | undefined;
}

/**
 * Whether a query could be a server's line, so the lookup needs the messages to resolve it.
 *
 * @example needsMessages('550 Failed to open file.') // -> true
 * @example needsMessages('550') // -> false
 */
export function needsMessages(query: string): boolean {
  return replyLine(query) !== undefined;
}

/**
 * @example resolveLookup('221-vs-125', index) // -> '/compare/125-vs-221'
 * @example resolveLookup('550 Permission denied.', index) // -> '/codes/550'
 * @example resolveLookup('500 OOPS: cannot change directory:/home/al', withMessages) // -> '/servers/vsftpd/cannot-change-directory'
 * @example resolveLookup('disk full', index) // -> '/search?q=disk%20full'
 */
export function resolveLookup(query: string, { codes, commands, messages }: LookupIndex): string {
  const q = query.trim();
  if (messages) {
    const [hit] = matchMessages(
      q,
      messages.map(([code, text, url]) => ({ code, text, url })),
    );
    if (hit) return hit.url;
  }
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

/**
 * The lookup for a line a server sent ("500 OOPS: cannot change directory:/home/alice", even after "Response:" or
 * a timestamp): the page or row of its message in the server catalogue. The lookup box fetches the catalogue,
 * `/lookup-data.json` (src/lib/site/lookup-data.ts), only for a query that holds a reply line;
 * src/lib/site/lookup.ts does the rest.
 */
import { matchMessages } from '../ftp/server-messages.ts';

/** A catalogued server message as the lookup needs it: `[code, text with {placeholders}, url]`. */
export type LookupMessage = readonly [code: number, text: string, url: string];

/** What `/lookup-data.json` holds. */
export interface LookupCatalogue {
  messages: readonly LookupMessage[];
  /** The operating system error texts `{error}` stands for (OS_ERRORS). */
  errors: readonly string[];
}

/**
 * The page of the message a line is, or undefined when the catalogue has none.
 *
 * @example messageLookup('500 OOPS: cannot change directory:/home/al', lookupData(content))
 * // -> '/servers/vsftpd/cannot-change-directory'
 */
export function messageLookup(line: string, { messages, errors }: LookupCatalogue): string | undefined {
  const [hit] = matchMessages(
    line,
    messages.map(([code, text, url]) => ({ code, text, url })),
    errors,
  );
  return hit?.url;
}

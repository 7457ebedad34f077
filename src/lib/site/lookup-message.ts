/**
 * The lookup for a line a server sent ("500 OOPS: cannot change directory:/home/alice", even after "Response:" or
 * a timestamp): the page or row of its message in the server catalogue; else for a client's error line
 * ("curl: (9) Server denied you to change to the given directory"): its page or row in the client catalogue. The lookup box fetches the catalogue,
 * `/lookup-data.json` (src/lib/site/lookup-data.ts), only for a query that holds a reply line;
 * src/lib/site/lookup.ts does the rest.
 */
import { literalLength, matchClientErrors, matchMessages } from '../ftp/server-messages.ts';

/** A catalogued server message as the lookup needs it: `[code, text with {placeholders}, url]`. */
export type LookupMessage = readonly [code: number, text: string, url: string];

/** A catalogued client error as the lookup needs it: `[text with {placeholders}, url]` (each wording once). */
export type LookupClientError = readonly [text: string, url: string];

/** What `/lookup-data.json` holds. */
export interface LookupCatalogue {
  messages: readonly LookupMessage[];
  clientErrors: readonly LookupClientError[];
  /** The operating system error texts `{error}` stands for (OS_ERRORS). */
  errors: readonly string[];
}

/**
 * The page of the message a line is, or undefined when the catalogue has none.
 *
 * @example messageLookup('500 OOPS: cannot change directory:/home/al', lookupData(content))
 * // -> '/servers/vsftpd/cannot-change-directory'
 */
export function messageLookup(line: string, { messages, clientErrors, errors }: LookupCatalogue): string | undefined {
  const [hit] = matchMessages(
    line,
    messages.map(([code, text, url]) => ({ code, text, url })),
    errors,
  );
  const [client] = matchClientErrors(
    line,
    clientErrors.map(([text, url]) => ({ text, url })),
    errors,
  );
  // "ftplib.error_perm: 550 SSL/TLS required ..." is both a server's line and a client's error: the longer text wins.
  if (hit && client) return literalLength(client.text) > literalLength(hit.text) ? client.url : hit.url;
  return (hit ?? client)?.url;
}

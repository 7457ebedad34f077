/**
 * The lookup for a line a server sent ("500 OOPS: cannot change directory:/home/alice", even after "Response:" or
 * a timestamp): the page or row of its message in the server catalogue; else for a client's error line
 * ("curl: (9) Server denied you to change to the given directory"): its page or row in the client catalogue.
 * The lookup box fetches the catalogue, `/lookup-data.json` (src/lib/site/lookup-data.ts), only for a query that
 * holds a reply line or is long enough to hold a client error; src/lib/site/lookup.ts does the rest.
 */
import { matchMessages } from '../ftp/server-messages.ts';

/**
 * A catalogued server message as the lookup needs it; a client error has code 0 (it has none, and is found at the
 * end of the pasted line).
 */
export interface LookupMessage {
  code: number;
  /** The text with {placeholders}. */
  text: string;
  url: string;
}

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
  return matchMessages(line, messages, errors)[0]?.url;
}

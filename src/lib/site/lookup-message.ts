/**
 * The catalogue the lookup holds a pasted line against (`/lookup-data.json`, made by src/lib/site/lookup-data.ts;
 * matched by src/lib/site/lookup.ts): a server's line ("500 OOPS: cannot change directory:/home/alice") finds its
 * message's page or row, a client's error line ("curl: (9) Server denied you to change to the given directory")
 * its error's. The lookup box fetches it only for a query that needs it.
 */

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

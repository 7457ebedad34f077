/**
 * The statuses a code can have, in a module of their own without Zod, so that browser scripts that word a status
 * (the explainer's ticket note) do not bundle the schema library.
 */

/**
 * What a number is on this site: `standard` (needs `definedIn` with a standards-track RFC),
 * `experimental` (defined only by Experimental RFCs such as RFC 1639), `non-standard`,
 * `obsolete` or `not-ftp` (these three need `sources`). What each means, in the
 * words every page uses: src/lib/site/status.ts.
 */
export const STATUSES = ['standard', 'experimental', 'non-standard', 'obsolete', 'not-ftp'] as const;
export type CodeStatus = (typeof STATUSES)[number];

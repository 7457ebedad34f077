/**
 * Transient/permanent counterparts: a 4yz and a 5yz reply that report the same condition, one
 * as passing and one as lasting. The list is explicit and sourced. Sharing the last two digits
 * makes no counterpart: RFC 959 gives 421 and 521, 451 and 551 unrelated meanings.
 *
 * Every candidate with the same last two digits was checked against the RFC texts:
 * - 450/550 and 452/552 are counterparts (below).
 * - 421/521: "Service not available, closing control connection" (RFC 959 4.2.1) against "data
 *   connection cannot be opened with this PROT setting" (RFC 4217 10.2): unrelated.
 * - 451/551: "Local error in processing" against "Page type unknown" (RFC 959 4.2.1): unrelated.
 * - 430/530, 434/534, 400/500: 430, 434 and 400 are defined by no RFC; 530 "Not logged in",
 *   534 "Request denied for policy reasons" and 500 "Syntax error" do not name their conditions.
 * - 425, 426, 431 and 452's neighbours have no 5yz with the same condition in any RFC.
 */
import type { RfcCitation } from './rfc.ts';

export interface Counterparts {
  transient: number;
  permanent: number;
  /** One sentence that names both codes and says what they share and how they differ. */
  reason: string;
  /** Where the RFC pairs them, with its text for each, verbatim (the test finds them in reference/rfc/). */
  source: RfcCitation & { quotes: [string, string] };
}

export const COUNTERPARTS: readonly Counterparts[] = [
  {
    transient: 450,
    permanent: 550,
    reason:
      '450 and 550 both report an unavailable file: 450 a busy one that may free up, 550 a missing or refused one that stays so until something changes.',
    source: {
      rfc: 959,
      section: '4.2.1',
      quotes: [
        '450 Requested file action not taken. File unavailable (e.g., file busy).',
        '550 Requested action not taken. File unavailable (e.g., file not found, no access).',
      ],
    },
  },
  {
    transient: 452,
    permanent: 552,
    reason:
      "452 and 552 both report a lack of storage: 452 of the system's space, which can free up, 552 of the directory's or dataset's allocation, which waiting does not raise.",
    source: {
      rfc: 959,
      section: '4.2.1',
      quotes: [
        '452 Requested action not taken. Insufficient storage space in system.',
        '552 Requested file action aborted. Exceeded storage allocation (for current directory or dataset).',
      ],
    },
  },
];

/**
 * The counterparts entry that pairs two codes, in either order; undefined when they are not counterparts.
 *
 * @example counterpartsOf(550, 450)?.transient // -> 450
 * @example counterpartsOf(421, 521) // -> undefined
 */
export function counterpartsOf(a: number, b: number): Counterparts | undefined {
  return COUNTERPARTS.find((c) => (c.transient === a && c.permanent === b) || (c.transient === b && c.permanent === a));
}

/**
 * The counterpart of a code, with the entry; undefined when it has none.
 *
 * @example counterpartOf(452)?.code // -> 552
 */
export function counterpartOf(code: number): { code: number; entry: Counterparts } | undefined {
  const entry = COUNTERPARTS.find((c) => c.transient === code || c.permanent === code);
  if (!entry) return undefined;
  return { code: entry.transient === code ? entry.permanent : entry.transient, entry };
}

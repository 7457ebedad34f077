/** Citations of RFC sections: labels, deep links, and checks against the RFC text. */

/**
 * The category of each reference RFC, as its header states ("Category: Standards Track",
 * "Category: Experimental"); RFC 959 and RFC 1123 predate the field and are Internet Standards
 * (STD 9 and STD 3). A test checks this table against the headers of the texts in reference/rfc/.
 */
const RFC_CATEGORY: Record<number, 'standards-track' | 'experimental'> = {
  959: 'standards-track',
  1123: 'standards-track',
  1639: 'experimental',
  2228: 'standards-track',
  2389: 'standards-track',
  2428: 'standards-track',
  2640: 'standards-track',
  2773: 'experimental',
  3659: 'standards-track',
  4217: 'standards-track',
  5797: 'standards-track',
  7151: 'standards-track',
};

/**
 * Whether an RFC is on the standards track or experimental; undefined for an RFC not in reference/rfc/.
 *
 * @example rfcCategory(1639) // -> 'experimental'
 */
export function rfcCategory(rfc: number): 'standards-track' | 'experimental' | undefined {
  return RFC_CATEGORY[rfc];
}

export interface RfcCitation {
  rfc: number;
  section: string;
  about?: string;
}

/**
 * Deep link to a section of the published RFC.
 *
 * @example rfcUrl({ rfc: 959, section: '4.2.1' })
 * // -> 'https://datatracker.ietf.org/doc/html/rfc959#section-4.2.1'
 */
export function rfcUrl(cite: { rfc: number; section?: string }): string {
  const base = `https://datatracker.ietf.org/doc/html/rfc${cite.rfc}`;
  return cite.section ? `${base}#section-${cite.section}` : base;
}

/**
 * Human label for a citation.
 *
 * @example rfcLabel({ rfc: 959, section: '5.4' }) // -> 'RFC 959, section 5.4'
 */
export function rfcLabel(cite: { rfc: number; section: string }): string {
  return `RFC ${cite.rfc}, section ${cite.section}`;
}

/**
 * Whether the plain-text RFC has a heading for this section number. Headings
 * are lines that start (after indentation) with the number, a full stop
 * (optional after a dotted number) and then text, e.g. "   5.4.  SEQUENCING OF COMMANDS AND REPLIES" or
 * "      4.2.1  Reply Codes by Function Groups".
 *
 * @example sectionExists('   5.4.  SEQUENCING OF COMMANDS AND REPLIES', '5.4') // -> true
 */
export function sectionExists(rfcText: string, section: string): boolean {
  const escaped = section.replace(/\./g, '\\.');
  // A top-level number needs its full stop ("5.  DECLARATIVE"), or a reply line such as "550 Requested" would count.
  const dot = section.includes('.') ? '\\.?' : '\\.';
  const heading = new RegExp(`^\\s{0,12}${escaped}${dot}\\s+\\S`, 'm');
  return heading.test(rfcText);
}

/**
 * Citations without repeats (same RFC and section), first occurrence wins.
 *
 * @example uniqueCitations([{ rfc: 959, section: '5.4' }, { rfc: 959, section: '5.4', about: 'x' }]).length // -> 1
 */
export function uniqueCitations<T extends { rfc: number; section: string }>(citations: readonly T[]): T[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.rfc}#${c.section}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

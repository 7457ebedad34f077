/**
 * Everything a comparison page (`/compare/450-vs-550`, design.md 5 and 6)
 * shows: both codes with their names, the pair's editorial lead when it has
 * notes (the notes themselves are Markdown, rendered by the route), the table
 * that answers the same questions for each code, what tells the two apart,
 * other comparisons worth reading, and the ticket note.
 */
import type { CodeFacts } from '../../ftp/code-facts.ts';
import { allPairs } from '../../ftp/pairs.ts';
import { isReplyCode } from '../../ftp/reply-codes.ts';
import type { RfcCitation } from '../../ftp/rfc.ts';
import { returnedBy } from '../../ftp/sequences.ts';
import { compareText, type ComparisonText } from '../compare-text.ts';
import { compareGlance, type GlanceRow } from './compare-glance.ts';
import type { IndexPair } from './compare-index-page.ts';
import { contentIndex, type SiteContent } from '../site-content.ts';
import { compareTicketNote } from '../ticket-note.ts';
import { absoluteUrl, compareIndexUrl, compareUrl, homeUrl } from '../urls.ts';
import { pageFrame, type PageFrame } from './frame.ts';

export interface ComparePage {
  frame: PageFrame;
  a: CodeFacts;
  b: CodeFacts;
  text: ComparisonText;
  /** The table at the top: the same questions answered for each code. */
  glance: GlanceRow[];
  /** The one-sentence lead of the pair's editorial notes; undefined when the pair has none. */
  lead?: string | undefined;
  /** Whether the pair has editorial notes to show. */
  hasNote: boolean;
  /** Other pairs worth reading for either code, with both names. */
  alsoCompared: IndexPair[];
  /** What the comparison rests on (see compareReferences). */
  references: { citations: RfcCitation[]; sources: { title: string; url: string; about?: string | undefined }[] };
  ticket: string;
}

/** How many comparisons of each code "Also compared" considers. */
const ALSO_COMPARED = 4;

/** Every pair with a comparison page, lower code first, for getStaticPaths (the reversed order only redirects). */
export function comparePagePaths(content: SiteContent): [number, number][] {
  return allPairs(content.codes.map((c) => c.code));
}

/**
 * @example comparePage(content, [450, 550], site).frame.trail?.at(-1) // -> { label: '450 vs 550' }
 */
export function comparePage(content: SiteContent, [a, b]: [number, number], site: URL): ComparePage {
  const index = contentIndex(content);
  const fa = index.facts.get(a)!;
  const fb = index.facts.get(b)!;
  const text = compareText(fa, fb);
  const lead = index.notes.get(`${a}-vs-${b}`)?.data.summary;
  const named = (code: number) => ({ code, name: index.names.get(code)! });
  const others = (code: number): IndexPair[] =>
    index
      .oftenCompared(code)
      .slice(0, ALSO_COMPARED)
      .filter((r) => r.code !== a && r.code !== b)
      .map((r) => {
        const [x, y] = code < r.code ? [code, r.code] : [r.code, code];
        return { a: named(x), b: named(y), href: compareUrl(x, y) };
      });
  const data = (code: number) => content.codes.find((c) => c.code === code)!.data;
  return {
    frame: pageFrame(
      {
        title: `FTP ${a} vs ${b}`,
        description:
          lead ??
          `${a} ${fa.name} or ${b} ${fb.name}: what each means, which commands return them, and what to do about each.`,
        path: compareUrl(a, b),
        noindex: !index.relate(a, b).indexable,
        trail: [
          { label: 'Home', href: homeUrl },
          { label: 'Compare', href: compareIndexUrl },
          { label: `${a} vs ${b}` },
        ],
      },
      site,
    ),
    a: fa,
    b: fb,
    text,
    glance: compareGlance(fa, data(a), fb, data(b)),
    lead,
    hasNote: lead !== undefined,
    alsoCompared: [...others(a), ...others(b)],
    references: compareReferences(content, a, b),
    ticket: compareTicketNote({ a, b, lead, verdicts: text.verdicts, url: absoluteUrl(compareUrl(a, b), site) }),
  };
}

/**
 * The sources of what a comparison page says: what the digits of a reply mean (RFC 959 section
 * 4.2.1) when either code is an FTP reply, where each code is defined (an RFC section, or the
 * sources of a code no RFC defines), and the command-reply sequences that list either code. A
 * section cited for several reasons is listed once, with every reason.
 *
 * @example compareReferences(content, 450, 550).citations[0] // -> { rfc: 959, section: '4.2.1', about: 'what the digits of a reply code mean' }
 */
export function compareReferences(content: SiteContent, a: number, b: number): ComparePage['references'] {
  const codes = [a, b].map((code) => content.codes.find((c) => c.code === code)!);
  const cited: RfcCitation[] = [
    ...([a, b].some(isReplyCode)
      ? [{ rfc: 959, section: '4.2.1', about: 'what the digits of a reply code mean' }]
      : []),
    ...codes.flatMap(({ code, data }) => [
      ...data.definedIn.map((cite) => ({ ...cite, about: `defines ${code}` })),
      ...data.meanings.flatMap((m) => (m.definedIn ? [{ ...m.definedIn, about: `a meaning of ${code}` }] : [])),
    ]),
    ...codes.flatMap(({ code }) =>
      returnedBy(code, content.commands).map((r) => ({ ...r.from, about: 'command-reply sequences' })),
    ),
  ];
  const bySection = new Map<string, RfcCitation>();
  for (const cite of cited) {
    const key = `${cite.rfc}#${cite.section}`;
    const seen = bySection.get(key);
    if (!seen) bySection.set(key, { ...cite });
    else if (cite.about && !seen.about?.split('; ').includes(cite.about))
      seen.about = seen.about ? `${seen.about}; ${cite.about}` : cite.about;
  }
  return {
    citations: [...bySection.values()],
    sources: codes.flatMap(({ data }) => [
      ...data.sources,
      ...data.meanings.flatMap((m) => (m.source ? [m.source] : [])),
    ]),
  };
}

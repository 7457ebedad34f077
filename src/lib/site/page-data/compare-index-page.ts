/**
 * The comparison index (`/compare`): the pairs people mix up most, named and grouped by theme; the
 * picker for any two codes; then every other related pair, named and grouped the same way.
 */
import { isOftenConfused } from '../../ftp/relatedness.ts';
import { contentIndex, type SiteContent } from '../site-content.ts';
import { anchorId, compareIndexUrl, compareUrl } from '../urls.ts';
import { pageFrame, type PageFrame } from './frame.ts';

/** A pair as the index links it: both codes with their names. */
export interface IndexPair {
  a: { code: number; name: string };
  b: { code: number; name: string };
  href: string;
}

export interface PairGroup {
  theme: string;
  /** The heading's id, unique on the page. */
  id: string;
  pairs: IndexPair[];
}

export interface CompareIndexPage {
  frame: PageFrame;
  /** The codes the picker offers. */
  codes: { code: number; name: string }[];
  /** The pairs people mix up most (curated, with notes, or counterparts), by theme: the page opens with them. */
  oftenConfused: PairGroup[];
  /** Every other related (indexable) pair, by theme. */
  others: PairGroup[];
}

/**
 * @example compareIndexPage(content, site).oftenConfused[0].pairs[0].a // -> { code: 450, name: 'File temporarily unavailable' }
 */
export function compareIndexPage(content: SiteContent, site: URL): CompareIndexPage {
  const index = contentIndex(content);
  const named = (code: number) => ({ code, name: index.names.get(code)! });
  const groups = (prefix: string, keep: (a: number, b: number) => boolean): PairGroup[] =>
    index
      .themes()
      .map(({ theme, pairs }) => ({
        theme,
        id: `${prefix}-${anchorId(theme)}`,
        pairs: pairs
          .filter((p) => keep(p.a, p.b))
          .map((p) => ({ a: named(p.a), b: named(p.b), href: compareUrl(p.a, p.b) })),
      }))
      .filter((g) => g.pairs.length > 0);
  const confused = (a: number, b: number) => isOftenConfused(index.relate(a, b));
  return {
    frame: pageFrame(
      {
        title: 'Compare FTP reply codes',
        description:
          'Compare any two FTP reply codes: what tells them apart, which commands return each, and what to do about each.',
        path: compareIndexUrl,
      },
      site,
    ),
    codes: content.codes.map((c) => ({ code: c.code, name: c.data.name })),
    oftenConfused: groups('confused', confused),
    others: groups('theme', (a, b) => !confused(a, b)),
  };
}

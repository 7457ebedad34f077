/** The 404 page: where codes live, the lookup box, and the codes a script may suggest. */
import type { SiteContent } from '../site-content.ts';
import { lookupIndex, type LookupIndex } from './code-lists.ts';
import { pageFrame, type PageFrame } from './frame.ts';

export interface NotFoundPage {
  frame: PageFrame;
  lookup: LookupIndex;
  /** Every code with its name, one per line ("550 File unavailable"), for the "Did you mean" script. */
  codes: string;
}

/** @example notFoundPage(content, site).codes.startsWith('110 Restart marker\n120 ') // -> true */
export function notFoundPage(content: SiteContent, site: URL): NotFoundPage {
  const lookup = lookupIndex(content);
  return {
    frame: pageFrame(
      {
        title: 'Page not found',
        description: 'This page does not exist on the FTP reply code reference.',
        noindex: true,
      },
      site,
    ),
    lookup,
    codes: content.codes.map((c) => `${c.code} ${c.data.name}`).join('\n'),
  };
}

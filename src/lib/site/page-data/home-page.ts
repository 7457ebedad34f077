/** The home page (`/`): what FTP replies are, the lookup box, every code by class. */
import type { SiteContent } from '../site-content.ts';
import { homeUrl } from '../urls.ts';
import { codeLists, lookupIndex, type CodeLists, type LookupIndex } from './code-lists.ts';
import { pageFrame, type PageFrame } from './frame.ts';

export interface HomePage {
  frame: PageFrame;
  /** How many codes the site explains. */
  count: number;
  lookup: LookupIndex;
  lists: CodeLists;
}

/** @example homePage(content, site).count // -> the number of code pages */
export function homePage(content: SiteContent, site: URL): HomePage {
  return {
    frame: pageFrame(
      {
        title: 'FTP reply codes',
        description:
          'Every FTP server reply code explained: what it means, which commands return it, whether retrying helps, and how to fix it on the client or the server, checked against the RFCs.',
        path: homeUrl,
      },
      site,
    ),
    count: content.codes.length,
    lookup: lookupIndex(content),
    lists: codeLists(content),
  };
}

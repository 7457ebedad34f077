/** The list of every code (`/codes`), with filters by class and function group. */
import type { SiteContent } from '../site-content.ts';
import { codesIndexUrl } from '../urls.ts';
import { codeLists, lookupIndex, type CodeLists, type LookupIndex } from './code-lists.ts';
import { pageFrame, type PageFrame } from './frame.ts';

export interface CodesIndexPage {
  frame: PageFrame;
  count: number;
  lookup: LookupIndex;
  lists: CodeLists;
}

/** @example codesIndexPage(content, site).lists.classes.map((c) => c.digit) // -> [1, 2, 3, 4, 5, 6] */
export function codesIndexPage(content: SiteContent, site: URL): CodesIndexPage {
  const count = content.codes.length;
  return {
    frame: pageFrame(
      {
        title: 'All FTP reply codes',
        description: `All ${count} FTP reply codes by class, each with its meaning, causes and fixes.`,
        path: codesIndexUrl,
      },
      site,
    ),
    count,
    lookup: lookupIndex(content),
    lists: codeLists(content),
  };
}

/** `/lookup`: where the lookup box sends a query on a host without redirect rules when no script runs. */
import type { SiteContent } from '../site-content.ts';
import { lookupIndex, type LookupIndex } from './code-lists.ts';
import { pageFrame, type PageFrame } from './frame.ts';

export interface LookupPage {
  frame: PageFrame;
  lookup: LookupIndex;
}

/** @example lookupPage(content, site).lookup.codes.includes('550') // -> true */
export function lookupPage(content: SiteContent, site: URL): LookupPage {
  return {
    frame: pageFrame(
      {
        title: 'Lookup',
        description:
          'Where the lookup box sends a query when the host has no redirect rules and the browser runs no script.',
        noindex: true,
      },
      site,
    ),
    lookup: lookupIndex(content),
  };
}

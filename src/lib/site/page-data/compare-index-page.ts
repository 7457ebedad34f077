/** The comparison index (`/compare`): the picker, and every related pair by theme. */
import { contentIndex, type SiteContent, type ThemedPair } from '../site-content.ts';
import { anchorId, compareIndexUrl } from '../urls.ts';
import { pageFrame, type PageFrame } from './frame.ts';

export interface CompareIndexPage {
  frame: PageFrame;
  /** The codes the picker offers. */
  codes: { code: number; name: string }[];
  themes: { theme: string; id: string; pairs: ThemedPair[] }[];
}

/** @example compareIndexPage(content, site).themes[0].theme // -> 'Transient or permanent' */
export function compareIndexPage(content: SiteContent, site: URL): CompareIndexPage {
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
    themes: contentIndex(content)
      .themes()
      .map(({ theme, pairs }) => ({ theme, id: `theme-${anchorId(theme)}`, pairs })),
  };
}

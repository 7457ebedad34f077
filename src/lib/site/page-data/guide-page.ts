/**
 * A guide (`/guides/ftps`, design.md 3): its written body, then what it covers: the codes, server messages and
 * client errors, each linking to its page (and each of those pages links back).
 */
import type { GuideData } from '../../content/guide-schema.ts';
import { allClientErrors, type ClientErrorView } from '../client-errors.ts';
import { allMessages, type MessageView } from '../server-messages.ts';
import type { SiteContent } from '../site-content.ts';
import { pageTitle } from '../titles.ts';
import { guidesIndexUrl, guideUrl, homeUrl } from '../urls.ts';
import { pageFrame, type PageFrame } from './frame.ts';

export interface GuidePage {
  frame: PageFrame;
  id: string;
  data: GuideData;
  covers: {
    codes: { code: number; name: string }[];
    messages: MessageView[];
    errors: ClientErrorView[];
  };
}

/**
 * @example guidePage(content, 'ftps', site).covers.codes[0].code // -> 234
 */
export function guidePage(content: SiteContent, id: string, site: URL): GuidePage {
  const guide = content.guides.find((g) => g.id === id);
  if (!guide) throw new Error(`no guide ${id} in the content`);
  const names = new Map(content.codes.map((c) => [c.code, c.data.name]));
  const { covers } = guide.data;
  const messages = allMessages(content);
  const errors = allClientErrors(content);
  return {
    frame: pageFrame(
      {
        title: pageTitle(guide.data.title),
        description: guide.data.summary,
        path: guideUrl(id),
        trail: [
          { label: 'Home', href: homeUrl },
          { label: 'Guides', href: guidesIndexUrl },
          { label: guide.data.title },
        ],
      },
      site,
    ),
    id,
    data: guide.data,
    covers: {
      codes: [...covers.codes].sort((a, b) => a - b).map((code) => ({ code, name: names.get(code) ?? '' })),
      messages: covers.messages.flatMap((ref) => messages.find((m) => `${m.server}/${m.id}` === ref) ?? []),
      errors: covers.errors.flatMap((ref) => errors.find((e) => `${e.client}/${e.id}` === ref) ?? []),
    },
  };
}

/**
 * The list of guides (`/guides`).
 *
 * @example guidesIndexPage(content, site).guides[0].url // -> '/guides/connection-limits'
 */
export function guidesIndexPage(content: SiteContent, site: URL) {
  return {
    frame: pageFrame(
      {
        title: pageTitle('FTP troubleshooting guides'),
        description:
          'Guides for the FTP problems no single reply code explains: passive mode behind NAT and in containers, FTPS, permissions and chroot, connection limits.',
        path: guidesIndexUrl,
        trail: [{ label: 'Home', href: homeUrl }, { label: 'Guides' }],
      },
      site,
    ),
    guides: content.guides.map((g) => ({ title: g.data.title, summary: g.data.summary, url: guideUrl(g.id) })),
  };
}

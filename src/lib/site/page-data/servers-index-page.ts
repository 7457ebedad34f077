/** The list of servers (`/servers`): each with what its catalogue covers. */
import { allMessages } from '../server-messages.ts';
import type { SiteContent } from '../site-content.ts';
import { pageTitle } from '../titles.ts';
import { homeUrl, serversIndexUrl, serverUrl } from '../urls.ts';
import { pageFrame, type PageFrame } from './frame.ts';

export interface ServersIndexPage {
  frame: PageFrame;
  servers: {
    id: string;
    name: string;
    summary: string;
    versions: string;
    url: string;
    messages: number;
    pages: number;
  }[];
}

/**
 * @example serversIndexPage(content, site).servers.map((s) => s.name) // -> ['FileZilla Server', ..., 'vsftpd']
 */
export function serversIndexPage(content: SiteContent, site: URL): ServersIndexPage {
  const messages = allMessages(content);
  return {
    frame: pageFrame(
      {
        title: pageTitle('FTP server messages: what each server says and how to fix it'),
        description:
          'Every reply text of the FTP servers people run, what makes each server send it, and the setting that fixes it.',
        path: serversIndexUrl,
        trail: [{ label: 'Home', href: homeUrl }, { label: 'Servers' }],
      },
      site,
    ),
    servers: content.servers
      .map((s) => {
        const own = messages.filter((m) => m.server === s.id);
        return {
          id: s.id,
          name: s.data.name,
          summary: s.data.summary,
          versions: s.data.versions,
          url: serverUrl(s.id),
          messages: own.length,
          pages: own.filter((m) => m.hasPage).length,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

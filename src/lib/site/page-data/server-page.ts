/**
 * The page of a server (`/servers/vsftpd`, design.md 2): what the catalogue covers, its settings file, and every
 * message it sends grouped by code, each row with the anchor that lookups and other pages link to.
 */
import type { ServerData } from '../../content/server-schema.ts';
import { allMessages, type MessageView } from '../server-messages.ts';
import type { SiteContent } from '../site-content.ts';
import { pageTitle } from '../titles.ts';
import { homeUrl, serversIndexUrl, serverUrl } from '../urls.ts';
import { pageFrame, type PageFrame } from './frame.ts';

export interface ServerPage {
  frame: PageFrame;
  id: string;
  data: ServerData;
  /** How many messages, and how many have a page of their own. */
  counts: { messages: number; pages: number; codes: number };
  /** Messages by code, in code order; each group's anchor is `code-NNN`. */
  groups: { code: number; name: string; anchor: string; messages: MessageView[] }[];
  /** Every setting the catalogue names, with the messages that name it. */
  settings: { name: string; messages: MessageView[] }[];
}

/**
 * @example serverPage(content, 'vsftpd', site).groups[0].anchor // -> 'code-150'
 */
export function serverPage(content: SiteContent, id: string, site: URL): ServerPage {
  const server = content.servers.find((s) => s.id === id);
  if (!server) throw new Error(`no server ${id} in the content`);
  const messages = allMessages(content).filter((m) => m.server === id);
  const codes = [...new Set(messages.map((m) => m.code))].sort((a, b) => a - b);
  const settings = new Map<string, MessageView[]>();
  for (const m of messages) for (const s of m.settings) settings.set(s, [...(settings.get(s) ?? []), m]);
  return {
    frame: pageFrame(
      {
        title: pageTitle(`${server.data.name} FTP server messages and fixes`),
        description: server.data.summary,
        path: serverUrl(id),
        trail: [
          { label: 'Home', href: homeUrl },
          { label: 'Servers', href: serversIndexUrl },
          { label: server.data.name },
        ],
      },
      site,
    ),
    id,
    data: server.data,
    counts: { messages: messages.length, pages: messages.filter((m) => m.hasPage).length, codes: codes.length },
    groups: codes.map((code) => {
      const list = messages.filter((m) => m.code === code);
      return { code, name: list[0].codeName, anchor: `code-${code}`, messages: list };
    }),
    settings: [...settings].sort(([a], [b]) => a.localeCompare(b)).map(([name, list]) => ({ name, messages: list })),
  };
}

/**
 * The page of a server (`/servers/vsftpd`, design.md 2): what the catalogue covers, its settings file, every
 * message it sends grouped by code (the text and the commands; each links to where it is explained in full), and
 * the settings the catalogue names.
 */
import type { ServerData } from '../../content/server-schema.ts';
import { allMessages, type MessageView } from '../server-messages.ts';
import type { SiteContent } from '../site-content.ts';
import { pageTitle } from '../titles.ts';
import { homeUrl, serverCodeUrl, serversIndexUrl, serverUrl } from '../urls.ts';
import { pageFrame, type PageFrame } from './frame.ts';

export interface ServerGroup {
  code: number;
  name: string;
  anchor: string;
  /** The page with every message of the group in full. */
  url: string;
  messages: MessageView[];
  /** What the server page lists: all of them, or in a long group the ones with a page or met at all often. */
  listed: MessageView[];
}

/** Past this many texts a code's list on the server page keeps only what people meet; its page has the rest. */
const LONG_GROUP = 40;

export interface ServerPage {
  frame: PageFrame;
  id: string;
  data: ServerData;
  /** How many messages, and how many have a page of their own. */
  counts: { messages: number; pages: number; codes: number };
  /** The messages with a page of their own: the causes people search for. */
  pages: MessageView[];
  /** Messages by code, in code order; `url` is the page with all of them in full. */
  groups: ServerGroup[];
  /** Every setting the catalogue names, with the messages that name it. */
  settings: { name: string; messages: MessageView[] }[];
}

/**
 * The messages of one server, grouped by code in code order.
 *
 * @example serverGroups(content, 'vsftpd')[0].code // -> 150
 */
export function serverGroups(content: SiteContent, id: string): ServerGroup[] {
  const messages = allMessages(content).filter((m) => m.server === id);
  const codes = [...new Set(messages.map((m) => m.code))].sort((a, b) => a - b);
  return codes.map((code) => {
    const list = messages.filter((m) => m.code === code);
    const listed = list.length > LONG_GROUP ? list.filter((m) => m.hasPage || m.frequency !== 'rare') : list;
    return {
      code,
      name: list[0].codeName,
      anchor: `code-${code}`,
      url: serverCodeUrl(id, code),
      messages: list,
      listed,
    };
  });
}

/**
 * @example serverPage(content, 'vsftpd', site).groups[0].anchor // -> 'code-150'
 */
export function serverPage(content: SiteContent, id: string, site: URL): ServerPage {
  const server = content.servers.find((s) => s.id === id);
  if (!server) throw new Error(`no server ${id} in the content`);
  const messages = allMessages(content).filter((m) => m.server === id);
  const groups = serverGroups(content, id);
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
    counts: { messages: messages.length, pages: messages.filter((m) => m.hasPage).length, codes: groups.length },
    pages: messages.filter((m) => m.hasPage).sort((a, b) => a.code - b.code),
    groups,
    settings: [...settings].sort(([a], [b]) => a.localeCompare(b)).map(([name, list]) => ({ name, messages: list })),
  };
}

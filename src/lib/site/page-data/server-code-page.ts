/**
 * The texts one server sends with one code, in full (`/servers/proftpd/codes/550`): when each is sent, what
 * causes it, the fix and the settings. The lookup lands a pasted line here, on its row, when the message has no
 * page of its own.
 */
import type { ServerData } from '../../content/server-schema.ts';
import { mostClose, type MessageView } from '../server-messages.ts';
import type { SiteContent } from '../site-content.ts';
import { pageTitle } from '../titles.ts';
import { homeUrl, serversIndexUrl, serverUrl } from '../urls.ts';
import { pageFrame, type PageFrame } from './frame.ts';
import { serverGroups } from './server-page.ts';

export interface ServerCodePage {
  frame: PageFrame;
  server: { id: string; data: ServerData };
  code: number;
  name: string;
  /** The texts in the main table: all of them, or in a long list the ones worth a row. */
  messages: MessageView[];
  /** In a long list, the rare texts the catalogue says nothing more of than when they are sent: one line each. */
  rare: MessageView[];
  /** Most of the texts close the connection (the table then marks the ones that do not). */
  mostClose: boolean;
  prev?: { code: number; url: string } | undefined;
  next?: { code: number; url: string } | undefined;
}

/** Past this many texts, the rare ones with nothing but their condition become a plain list. */
const LONG_LIST = 40;
const plain = (m: MessageView, count: number) =>
  count > LONG_LIST && m.frequency === 'rare' && !m.hasPage && !m.cause && !m.fix && m.settings.length === 0;

/** Every (server, code) pair that has messages, for getStaticPaths. */
export function serverCodePaths(content: SiteContent): { server: string; code: number }[] {
  return content.servers.flatMap((s) => serverGroups(content, s.id).map((g) => ({ server: s.id, code: g.code })));
}

/**
 * @example serverCodePage(content, 'proftpd', 550, site).messages.length // -> 32
 */
export function serverCodePage(content: SiteContent, serverId: string, code: number, site: URL): ServerCodePage {
  const server = content.servers.find((s) => s.id === serverId);
  const groups = serverGroups(content, serverId);
  const at = groups.findIndex((g) => g.code === code);
  if (!server || at < 0) throw new Error(`no ${code} messages of ${serverId} in the content`);
  const group = groups[at];
  const neighbour = (g: (typeof groups)[number] | undefined) => g && { code: g.code, url: g.url };
  return {
    frame: pageFrame(
      {
        title: pageTitle(`${server.data.name} ${code} replies: every text and its cause`),
        description: `Every text ${server.data.name} sends with ${code} ${group.name}: when it is sent, what causes it and how to fix it.`,
        path: group.url,
        trail: [
          { label: 'Home', href: homeUrl },
          { label: 'Servers', href: serversIndexUrl },
          { label: server.data.name, href: serverUrl(serverId) },
          { label: String(code) },
        ],
      },
      site,
    ),
    server: { id: server.id, data: server.data },
    code,
    name: group.name,
    messages: group.messages.filter((m) => !plain(m, group.messages.length)),
    rare: group.messages.filter((m) => plain(m, group.messages.length)),
    mostClose: mostClose(group.messages),
    prev: neighbour(groups[at - 1]),
    next: neighbour(groups[at + 1]),
  };
}

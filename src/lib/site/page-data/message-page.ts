/**
 * The page of a server message with a cause of its own (`/servers/vsftpd/cannot-change-directory`, design.md 5):
 * the exact text as the heading, the facts from the catalogue, then the written Fix and Causes, where in the
 * server it comes from, and the other messages with the same cause.
 */
import type { ServerData } from '../../content/server-schema.ts';
import { allMessages, plainText, type MessageView } from '../server-messages.ts';
import type { SiteContent } from '../site-content.ts';
import { clip, MAX_TITLE, titleLength } from '../titles.ts';
import { homeUrl, serversIndexUrl, serverUrl } from '../urls.ts';
import { pageFrame, type PageFrame } from './frame.ts';
import { guidesFor, type GuideLink } from '../guides.ts';

export interface MessagePage {
  frame: PageFrame;
  message: MessageView;
  server: { id: string; data: ServerData };
  /** Messages with the same cause, on this server or another. */
  related: MessageView[];
  /** Other servers that send this exact text with this code: a pasted line may be theirs. */
  sameText: MessageView[];
  /** The guides that cover this message. */
  guides: GuideLink[];
}

/**
 * The page title: the exact text with its code, then the server, cut to what a search result shows.
 *
 * @example messageTitle(500, 'OOPS: cannot change directory:{path}', 'vsftpd')
 * // -> '500 OOPS: cannot change directory:… (vsftpd)'
 */
export function messageTitle(code: number, text: string, server: string): string {
  const tail = ` (${server})`;
  let head = `${code} ${plainText(text)}`;
  while (titleLength(head + tail) > MAX_TITLE) head = `${head.slice(0, -2).trimEnd()}…`;
  return head + tail;
}

/**
 * @example messagePage(content, 'vsftpd', 'cannot-change-directory', [], site).message.code // -> 500
 */
export function messagePage(
  content: SiteContent,
  serverId: string,
  id: string,
  related: readonly string[],
  site: URL,
): MessagePage {
  const server = content.servers.find((s) => s.id === serverId);
  const messages = allMessages(content);
  const message = messages.find((m) => m.server === serverId && m.id === id);
  if (!server || !message) throw new Error(`no message ${serverId}/${id} in the content`);
  const find = (ref: string) => {
    const [s, m] = ref.includes('/') ? ref.split('/') : [serverId, ref];
    return messages.find((x) => x.server === s && x.id === m);
  };
  const when = message.when.replace(/\s+/g, ' ');
  return {
    frame: pageFrame(
      {
        title: messageTitle(message.code, message.text, server.data.name),
        description: message.fix ? `${when} ${message.fix}` : when,
        path: message.url,
        trail: [
          { label: 'Home', href: homeUrl },
          { label: 'Servers', href: serversIndexUrl },
          { label: server.data.name, href: serverUrl(serverId) },
          { label: clip(`${message.code} ${plainText(message.text)}`) },
        ],
      },
      site,
    ),
    message,
    server: { id: server.id, data: server.data },
    related: related.flatMap((ref) => find(ref) ?? []),
    sameText: messages.filter((m) => m.server !== serverId && m.code === message.code && m.text === message.text),
    guides: guidesFor(content, { message: `${serverId}/${id}` }),
  };
}

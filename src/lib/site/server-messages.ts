/**
 * Server messages as the pages show them: the catalogue (content/servers/) joined with the code names and the
 * URLs, computed once per content object. Server pages, message pages, code pages, the dataset and the lookup all
 * read it from here.
 */
import type { ServerMessage } from '../content/server-schema.ts';
import { messageParts, PLACEHOLDER, placeholderNames } from '../ftp/server-messages.ts';
import type { ServerSource, SiteContent } from './site-content.ts';
import { messageUrl } from './urls.ts';

/** A run of a message text: literal text, or a placeholder's name. */
export interface TextPart {
  text: string;
  placeholder: boolean;
}

export interface MessageView extends ServerMessage {
  /** The server's folder name, e.g. "vsftpd". */
  server: string;
  /** The server's name as written, e.g. "ProFTPD". */
  serverName: string;
  /** The code's short name, e.g. "File unavailable". */
  codeName: string;
  /** The text split into literal runs and placeholders, for rendering. */
  parts: TextPart[];
  /** Whether the message has a page of its own. */
  hasPage: boolean;
  /** Its page, or its row among the server's messages with its code. */
  url: string;
}

/**
 * A message text in runs: "Can't open {file}: {error}" -> "Can't open ", file, ": ", error.
 *
 * @example textParts('OOPS: {error}') // -> [{ text: 'OOPS: ', placeholder: false }, { text: 'error', placeholder: true }]
 */
export function textParts(text: string): TextPart[] {
  const names = placeholderNames(text);
  return messageParts(text).flatMap((literal, i) => [
    ...(literal ? [{ text: literal, placeholder: false }] : []),
    ...(i < names.length ? [{ text: names[i], placeholder: true }] : []),
  ]);
}

/**
 * A message text for plain-text places (titles, the ticket note): placeholders become "…".
 *
 * @example plainText('OOPS: cannot change directory:{path}') // -> 'OOPS: cannot change directory:…'
 */
export function plainText(text: string): string {
  return text.replace(PLACEHOLDER, '…');
}

const FREQUENCY = { common: 0, occasional: 1, rare: 2 } as const;
type Frequency = keyof typeof FREQUENCY;

/** Orders messages as people meet them: common first, then by server and catalogue order. */
export const byFrequency = (a: { frequency: Frequency }, b: { frequency: Frequency }): number =>
  FREQUENCY[a.frequency] - FREQUENCY[b.frequency];

const views = new WeakMap<SiteContent, MessageView[]>();

/**
 * Every message of every server, in server order then catalogue order.
 *
 * @example allMessages(content).find((m) => m.id === 'cannot-change-directory')?.url
 * // -> '/servers/vsftpd/cannot-change-directory'
 */
export function allMessages(content: SiteContent): MessageView[] {
  let list = views.get(content);
  if (!list) {
    const names = new Map(content.codes.map((c) => [c.code, c.data.name]));
    list = content.servers.flatMap((server) => server.messages.map((m) => messageView(server, m, names)));
    views.set(content, list);
  }
  return list;
}

function messageView(server: ServerSource, m: ServerMessage, names: ReadonlyMap<number, string>): MessageView {
  const hasPage = server.pages.has(m.id);
  return {
    ...m,
    server: server.id,
    serverName: server.data.name,
    codeName: names.get(m.code) ?? '',
    parts: textParts(m.text),
    hasPage,
    url: messageUrl(server.id, m, hasPage),
  };
}

/**
 * The messages servers send with a code, most often met first (a stable sort keeps server and catalogue order).
 *
 * @example messagesForCode(content, 500)[0].text // -> 'OOPS: cannot change directory:{path}' (a common one)
 */
export function messagesForCode(content: SiteContent, code: number): MessageView[] {
  return allMessages(content)
    .filter((m) => m.code === code)
    .sort(byFrequency);
}

/**
 * Whether most of some messages close the connection (vsftpd's "OOPS:" texts): tables then mark the few that do
 * not, instead of every row.
 *
 * @example mostClose([{ closes: true }, { closes: true }, { closes: false }]) // -> true
 */
export function mostClose(messages: readonly { closes: boolean }[]): boolean {
  return messages.filter((m) => m.closes).length > messages.length / 2;
}

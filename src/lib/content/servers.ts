/**
 * Reads `content/servers/NAME/`: the server (`index.md`), its messages (`messages.yaml`) and the pages of the
 * messages with a cause of their own (`ID.md`), with the rules that need only the folder and the set of codes that
 * have pages. The format is in content/README.md.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readEntryFolder, type LoadedEntryPage } from './entry-folder.ts';
import type { MarkdownFile } from './markdown-file.ts';
import type { Problem } from './problem.ts';
import { messageRelatedProblems } from './rules/message-related.ts';
import {
  serverMessagesSchema,
  serverSchema,
  type MessagePageData,
  type ServerData,
  type ServerMessage,
} from './server-schema.ts';

export { MESSAGE_SECTIONS } from './entry-folder.ts';

/** A message page: the message id (its file name), its frontmatter and body. */
export type LoadedMessagePage = LoadedEntryPage;

export interface LoadedServer {
  /** The folder name, e.g. "vsftpd": the page is /servers/vsftpd. */
  id: string;
  file: string;
  data: ServerData;
  body: string;
  /** The messages in file order. */
  messages: ServerMessage[];
  /** Where the messages are, e.g. "content/servers/vsftpd/messages.yaml". */
  messagesFile: string;
  pages: LoadedMessagePage[];
}

/** A server folder as read, before the rules that span servers. */
interface ServerFolder {
  server?: LoadedServer;
  /** Message pages that were read, with their data when valid (for the rules that span servers). */
  pageFiles: { file: MarkdownFile; data?: MessagePageData }[];
}

/**
 * Read every server folder. Problems go to `problems`; only servers whose index.md and messages.yaml are valid are
 * returned, and only their valid message pages.
 *
 * @example readServers('content/servers', new Set([220, 530, 550]), problems).map((s) => s.id) // -> ['vsftpd', ...]
 */
export function readServers(dir: string, codes: ReadonlySet<number>, problems: Problem[]): LoadedServer[] {
  if (!existsSync(dir)) return [];
  const folders: ServerFolder[] = readdirSync(dir)
    .filter((name) => !name.startsWith('.') && name !== 'README.md')
    .sort()
    .map((name) => readServerFolder(join(dir, name), name, codes, problems));
  const messageKeys = new Set(
    folders.flatMap((f) => (f.server ? f.server.messages.map((m) => `${f.server!.id}/${m.id}`) : [])),
  );
  for (const { server, pageFiles } of folders) {
    if (!server) continue;
    for (const { file, data } of pageFiles) {
      if (data) problems.push(...messageRelatedProblems(file, data, server.id, messageKeys));
    }
  }
  return folders.flatMap((f) => (f.server ? [f.server] : []));
}

function readServerFolder(path: string, name: string, codes: ReadonlySet<number>, problems: Problem[]): ServerFolder {
  const folder = readEntryFolder(
    path,
    name,
    {
      kind: 'server',
      listFile: 'messages.yaml',
      extraFiles: [],
      example: 'pure-ftpd',
      indexSchema: serverSchema,
      listSchema: serverMessagesSchema,
    },
    codes,
    problems,
  );
  if (!folder) return { pageFiles: [] };
  const { index, entries: messages, pageFiles } = folder;
  if (!index?.data || !messages) return { pageFiles };
  return {
    pageFiles,
    server: {
      id: name,
      file: index.file.file,
      data: index.data,
      body: index.file.body,
      messages,
      messagesFile: folder.listFile,
      pages: folder.pages,
    },
  };
}

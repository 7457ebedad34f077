/**
 * Reads `content/servers/NAME/`: the server (`index.md`), its messages (`messages.yaml`) and the pages of the
 * messages with a cause of their own (`ID.md`), with the rules that need only the folder and the set of codes that
 * have pages. The format is in content/README.md.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readMarkdownFile, reportedPath, type MarkdownFile } from './markdown-file.ts';
import type { Problem } from './problem.ts';
import { bodySectionProblems } from './rules/body-sections.ts';
import { folderLayoutProblems } from './rules/folder-layout.ts';
import { frontmatterSchemaProblems } from './rules/frontmatter-schema.ts';
import { messageCodeProblems } from './rules/message-codes-have-pages.ts';
import { messageIdProblems } from './rules/message-ids.ts';
import { messagePageIdProblems } from './rules/message-page-id.ts';
import { messageRelatedProblems } from './rules/message-related.ts';
import {
  messagePageSchema,
  serverMessagesSchema,
  serverSchema,
  type MessagePageData,
  type ServerData,
  type ServerMessage,
} from './server-schema.ts';
import { readYamlFile, validateYaml } from './yaml-file.ts';

/** Headings a message page body must have, in order: the fix comes first. */
export const MESSAGE_SECTIONS = ['Fix', 'Causes'];

export interface LoadedMessagePage {
  /** The message id, from the file name. */
  id: string;
  file: string;
  data: MessagePageData;
  body: string;
}

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
  const reported = reportedPath(path);
  const layout = folderLayoutProblems(path, name, {
    kind: 'server',
    files: ['index.md', 'messages.yaml'],
    example: 'pure-ftpd',
  });
  problems.push(...layout);
  if (layout.length > 0) return { pageFiles: [] };

  const index = readMarkdownFile(join(path, 'index.md'));
  problems.push(...index.problems);
  const server = index.file ? frontmatterSchemaProblems(index.file, serverSchema) : undefined;
  problems.push(...(server?.problems ?? []));

  const yaml = readYamlFile(join(path, 'messages.yaml'));
  problems.push(...yaml.problems);
  const messages = validateYaml(yaml, serverMessagesSchema, problems);
  if (messages && yaml.parsed) {
    problems.push(
      ...messageIdProblems(yaml.file, messages, yaml.parsed.locate),
      ...messageCodeProblems(yaml.file, messages, yaml.parsed.locate, codes),
    );
  }

  const ids = new Set((messages ?? []).map((m) => m.id));
  const pageFiles: ServerFolder['pageFiles'] = [];
  for (const file of readdirSync(path)
    .filter((f) => f.endsWith('.md') && f !== 'index.md')
    .sort()) {
    const read = readMarkdownFile(join(path, file));
    problems.push(...read.problems);
    if (!read.file) continue;
    const page = frontmatterSchemaProblems(read.file, messagePageSchema);
    problems.push(...page.problems, ...bodySectionProblems(read.file, MESSAGE_SECTIONS));
    if (messages) problems.push(...messagePageIdProblems(read.file, ids));
    pageFiles.push({ file: read.file, data: page.data });
  }
  for (const f of readdirSync(path).filter((f) => !f.endsWith('.md') && f !== 'messages.yaml' && !f.startsWith('.'))) {
    problems.push({
      file: `${reported}/${f}`,
      field: 'file name',
      message: 'unexpected file: a server folder holds index.md, messages.yaml and ID.md pages',
    });
  }

  if (!index.file || !server?.data || !messages) return { pageFiles };
  return {
    pageFiles,
    server: {
      id: name,
      file: index.file.file,
      data: server.data,
      body: index.file.body,
      messages,
      messagesFile: yaml.file,
      pages: pageFiles.flatMap(({ file, data }) =>
        data && ids.has(file.name.replace(/\.md$/, ''))
          ? [{ id: file.name.replace(/\.md$/, ''), file: file.file, data, body: file.body }]
          : [],
      ),
    },
  };
}

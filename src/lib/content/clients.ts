/**
 * Reads `content/clients/NAME/`: the client or library (`index.md`), its errors (`errors.yaml`), the names it gives
 * reply codes (`names.yaml`, optional) and the pages of the errors people search for (`ID.md`), with the rules that
 * need only the folder and the set of codes that have pages. The format is in content/README.md.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  clientErrorsSchema,
  clientSchema,
  replyNamesSchema,
  type ClientData,
  type ClientError,
  type ReplyNames,
} from './client-schema.ts';
import { readMarkdownFile, reportedPath, type MarkdownFile } from './markdown-file.ts';
import type { Problem } from './problem.ts';
import { bodySectionProblems } from './rules/body-sections.ts';
import { folderLayoutProblems } from './rules/folder-layout.ts';
import { frontmatterSchemaProblems } from './rules/frontmatter-schema.ts';
import { messageCodeProblems } from './rules/message-codes-have-pages.ts';
import { messageIdProblems } from './rules/message-ids.ts';
import { messagePageIdProblems } from './rules/message-page-id.ts';
import { messageRelatedProblems } from './rules/message-related.ts';
import { MESSAGE_SECTIONS } from './servers.ts';
import { messagePageSchema, type MessagePageData } from './server-schema.ts';
import { readYamlFile, validateYaml } from './yaml-file.ts';

export interface LoadedErrorPage {
  /** The error id, from the file name. */
  id: string;
  file: string;
  data: MessagePageData;
  body: string;
}

export interface LoadedClient {
  /** The folder name, e.g. "curl": the page is /clients/curl. */
  id: string;
  file: string;
  data: ClientData;
  body: string;
  /** The errors in file order. */
  errors: ClientError[];
  /** Where the errors are, e.g. "content/clients/curl/errors.yaml". */
  errorsFile: string;
  /** The names it gives reply codes, when it names them. */
  names?: ReplyNames | undefined;
  pages: LoadedErrorPage[];
}

/**
 * Read every client folder. Problems go to `problems`; only clients whose index.md and errors.yaml (and names.yaml,
 * when present) are valid are returned, with their valid error pages.
 *
 * @example readClients('content/clients', new Set([550]), problems).map((c) => c.id) // -> ['curl', ...]
 */
export function readClients(dir: string, codes: ReadonlySet<number>, problems: Problem[]): LoadedClient[] {
  if (!existsSync(dir)) return [];
  const folders = readdirSync(dir)
    .filter((name) => !name.startsWith('.') && name !== 'README.md')
    .sort()
    .map((name) => readClientFolder(join(dir, name), name, codes, problems));
  const keys = new Set(folders.flatMap((f) => (f.client ? f.client.errors.map((e) => `${f.client!.id}/${e.id}`) : [])));
  for (const { client, pageFiles } of folders) {
    if (!client) continue;
    for (const { file, data } of pageFiles) problems.push(...messageRelatedProblems(file, data, client.id, keys));
  }
  return folders.flatMap((f) => (f.client ? [f.client] : []));
}

interface ClientFolder {
  client?: LoadedClient;
  /** Valid error pages with their file, for the rule that spans clients (related). */
  pageFiles: { file: MarkdownFile; data: MessagePageData }[];
}

function readClientFolder(path: string, name: string, codes: ReadonlySet<number>, problems: Problem[]): ClientFolder {
  const reported = reportedPath(path);
  const layout = folderLayoutProblems(path, name, {
    kind: 'client',
    files: ['index.md', 'errors.yaml'],
    example: 'python-ftplib',
  });
  problems.push(...layout);
  if (layout.length > 0) return { pageFiles: [] };

  const index = readMarkdownFile(join(path, 'index.md'));
  problems.push(...index.problems);
  const client = index.file ? frontmatterSchemaProblems(index.file, clientSchema) : undefined;
  problems.push(...(client?.problems ?? []));

  const yaml = readYamlFile(join(path, 'errors.yaml'));
  problems.push(...yaml.problems);
  const errors = validateYaml(yaml, clientErrorsSchema, problems);
  if (errors && yaml.parsed) {
    problems.push(
      ...messageIdProblems(yaml.file, errors, yaml.parsed.locate),
      ...messageCodeProblems(yaml.file, errors, yaml.parsed.locate, codes),
    );
  }

  let names: ReplyNames | undefined;
  let namesValid = true;
  if (existsSync(join(path, 'names.yaml'))) {
    const namesYaml = readYamlFile(join(path, 'names.yaml'));
    problems.push(...namesYaml.problems);
    names = validateYaml(namesYaml, replyNamesSchema, problems);
    namesValid = !!names;
  }

  const ids = new Set((errors ?? []).map((e) => e.id));
  const pages: LoadedErrorPage[] = [];
  const pageFiles: ClientFolder['pageFiles'] = [];
  for (const file of readdirSync(path)
    .filter((f) => f.endsWith('.md') && f !== 'index.md')
    .sort()) {
    const read = readMarkdownFile(join(path, file));
    problems.push(...read.problems);
    if (!read.file) continue;
    const page = frontmatterSchemaProblems(read.file, messagePageSchema);
    problems.push(...page.problems, ...bodySectionProblems(read.file, MESSAGE_SECTIONS));
    if (errors) problems.push(...messagePageIdProblems(read.file, ids, 'errors.yaml'));
    const id = read.file.name.replace(/\.md$/, '');
    if (page.data && ids.has(id)) {
      pages.push({ id, file: read.file.file, data: page.data, body: read.file.body });
      pageFiles.push({ file: read.file, data: page.data });
    }
  }
  const known = new Set(['errors.yaml', 'names.yaml']);
  for (const f of readdirSync(path).filter((f) => !f.endsWith('.md') && !known.has(f) && !f.startsWith('.'))) {
    problems.push({
      file: `${reported}/${f}`,
      field: 'file name',
      message: 'unexpected file: a client folder holds index.md, errors.yaml, names.yaml and ID.md pages',
    });
  }

  if (!index.file || !client?.data || !errors || !namesValid) return { pageFiles };
  return {
    pageFiles,
    client: {
      id: name,
      file: index.file.file,
      data: client.data,
      body: index.file.body,
      errors,
      errorsFile: yaml.file,
      names,
      pages,
    },
  };
}

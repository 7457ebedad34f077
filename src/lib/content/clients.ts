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
import { readEntryFolder, type LoadedEntryPage } from './entry-folder.ts';
import type { MarkdownFile } from './markdown-file.ts';
import type { Problem } from './problem.ts';
import { messageRelatedProblems } from './rules/message-related.ts';
import type { MessagePageData } from './server-schema.ts';
import { readYamlFile, validateYaml } from './yaml-file.ts';

/** An error page: the error id (its file name), its frontmatter and body. */
export type LoadedErrorPage = LoadedEntryPage;

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
  const folder = readEntryFolder(
    path,
    name,
    {
      kind: 'client',
      listFile: 'errors.yaml',
      extraFiles: ['names.yaml'],
      example: 'python-ftplib',
      indexSchema: clientSchema,
      listSchema: clientErrorsSchema,
    },
    codes,
    problems,
  );
  if (!folder) return { pageFiles: [] };
  const pageFiles = folder.pageFiles.flatMap(({ file, data }) => (data ? [{ file, data }] : []));

  let names: ReplyNames | undefined;
  let namesValid = true;
  if (existsSync(join(path, 'names.yaml'))) {
    const namesYaml = readYamlFile(join(path, 'names.yaml'));
    problems.push(...namesYaml.problems);
    names = validateYaml(namesYaml, replyNamesSchema, problems);
    namesValid = !!names;
  }

  const { index, entries: errors } = folder;
  if (!index?.data || !errors || !namesValid) return { pageFiles };
  return {
    pageFiles,
    client: {
      id: name,
      file: index.file.file,
      data: index.data,
      body: index.file.body,
      errors,
      errorsFile: folder.listFile,
      names,
      pages: folder.pages,
    },
  };
}

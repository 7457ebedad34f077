/**
 * What `servers/NAME/` and `clients/NAME/` have in common: a folder named in lower-case words, an `index.md`
 * (checked against its schema), a YAML list of entries (messages or errors; ids and codes checked), and `ID.md`
 * pages for the entries with a cause of their own, fix first. servers.ts and clients.ts add what is theirs.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { readMarkdownFile, reportedPath, type MarkdownFile } from './markdown-file.ts';
import type { Problem } from './problem.ts';
import { bodySectionProblems } from './rules/body-sections.ts';
import { folderLayoutProblems } from './rules/folder-layout.ts';
import { frontmatterSchemaProblems } from './rules/frontmatter-schema.ts';
import { messageCodeProblems } from './rules/message-codes-have-pages.ts';
import { messageIdProblems } from './rules/message-ids.ts';
import { messagePageIdProblems } from './rules/message-page-id.ts';
import { messagePageSchema, type MessagePageData } from './server-schema.ts';
import { readYamlFile, validateYaml } from './yaml-file.ts';

/** Headings an entry page's body must have, in order: the fix comes first. */
export const MESSAGE_SECTIONS = ['Fix', 'Causes'];

export interface LoadedEntryPage {
  /** The entry id, from the file name. */
  id: string;
  file: string;
  data: MessagePageData;
  body: string;
}

export interface EntryFolder<I, E> {
  /** index.md, with its data when valid. */
  index?: { file: MarkdownFile; data?: I | undefined } | undefined;
  /** The entries in file order, when the list is valid. */
  entries?: E[] | undefined;
  /** Where the entries are, e.g. "content/servers/vsftpd/messages.yaml". */
  listFile: string;
  /** Every page that was read, with its data when valid (for the rules that span folders). */
  pageFiles: { file: MarkdownFile; data?: MessagePageData | undefined }[];
  /** The valid pages whose file name is an entry's id. */
  pages: LoadedEntryPage[];
}

type Entry = { id: string; text: string } & ({ code: number } | { codes: readonly number[] });

/**
 * Read one folder; undefined when its name or its two required files are wrong (reported in `problems`).
 *
 * @example readEntryFolder('content/servers/vsftpd', 'vsftpd', serverFolder, codes, problems)?.entries?.length // -> 348
 */
export function readEntryFolder<I, E extends Entry>(
  path: string,
  name: string,
  kind: {
    kind: string;
    listFile: string;
    /** Other data files the folder may hold (`names.yaml`). */
    extraFiles: readonly string[];
    example: string;
    indexSchema: z.ZodType<I>;
    listSchema: z.ZodType<E[]>;
  },
  codes: ReadonlySet<number>,
  problems: Problem[],
): EntryFolder<I, E> | undefined {
  const layout = folderLayoutProblems(path, name, {
    kind: kind.kind,
    files: ['index.md', kind.listFile],
    example: kind.example,
  });
  problems.push(...layout);
  if (layout.length > 0) return undefined;

  const read = readMarkdownFile(join(path, 'index.md'));
  problems.push(...read.problems);
  const index = read.file ? frontmatterSchemaProblems(read.file, kind.indexSchema) : undefined;
  problems.push(...(index?.problems ?? []));

  const yaml = readYamlFile(join(path, kind.listFile));
  problems.push(...yaml.problems);
  const entries = validateYaml(yaml, kind.listSchema, problems);
  if (entries && yaml.parsed) {
    problems.push(
      ...messageIdProblems(yaml.file, entries, yaml.parsed.locate),
      ...messageCodeProblems(yaml.file, entries, yaml.parsed.locate, codes),
    );
  }

  const ids = new Set((entries ?? []).map((e) => e.id));
  const pageFiles: EntryFolder<I, E>['pageFiles'] = [];
  for (const file of readdirSync(path)
    .filter((f) => f.endsWith('.md') && f !== 'index.md')
    .sort()) {
    const page = readMarkdownFile(join(path, file));
    problems.push(...page.problems);
    if (!page.file) continue;
    const checked = frontmatterSchemaProblems(page.file, messagePageSchema);
    problems.push(...checked.problems, ...bodySectionProblems(page.file, MESSAGE_SECTIONS));
    if (entries) problems.push(...messagePageIdProblems(page.file, ids, kind.listFile));
    pageFiles.push({ file: page.file, data: checked.data });
  }
  const known = new Set([kind.listFile, ...kind.extraFiles]);
  for (const f of readdirSync(path).filter((f) => !f.endsWith('.md') && !known.has(f) && !f.startsWith('.'))) {
    problems.push({
      file: `${reportedPath(path)}/${f}`,
      field: 'file name',
      message: `unexpected file: a ${kind.kind} folder holds index.md, ${[...known].join(', ')} and ID.md pages`,
    });
  }

  return {
    index: read.file && { file: read.file, data: index?.data },
    entries,
    listFile: yaml.file,
    pageFiles,
    pages: pageFiles.flatMap(({ file, data }) => {
      const id = file.name.replace(/\.md$/, '');
      return data && ids.has(id) ? [{ id, file: file.file, data, body: file.body }] : [];
    }),
  };
}

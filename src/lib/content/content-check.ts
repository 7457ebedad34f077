/**
 * Loads every file in `content/` and checks it before anything is built. The reading is in `markdown-file.ts`; each
 * rule is a module of its own under `rules/`; this module lists the files and applies the rules in order: first what
 * each file must be on its own (name, frontmatter), then what spans files (pages a file names must exist, cited RFC
 * sections must exist), then the compare notes.
 *
 * Each problem names the file, the line where known, the field and what is wrong, so a writer can fix it without
 * reading code.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readMarkdownFile, reportedPath, type MarkdownFile } from './markdown-file.ts';
import type { Problem } from './problem.ts';
import {
  codeSchema,
  commandSchema,
  compareSchema,
  type CodeData,
  type CommandData,
  type CompareData,
} from './schema.ts';
import { bodySectionProblems } from './rules/body-sections.ts';
import { codeFileNameProblems } from './rules/code-file-name.ts';
import { commandFileNameProblems } from './rules/command-file-name.ts';
import { commandMatchesFileNameProblems } from './rules/command-matches-file-name.ts';
import { compareCodesHavePagesProblems } from './rules/compare-codes-have-pages.ts';
import { compareFileNameProblems } from './rules/compare-file-name.ts';
import { compareNoteBodyProblems } from './rules/compare-note-body.ts';
import { duplicateCodeProblems } from './rules/duplicate-codes.ts';
import { duplicateCommandProblems } from './rules/duplicate-commands.ts';
import { fixLeadInProblems } from './rules/fix-lead-ins.ts';
import { followedByProblems } from './rules/followed-by.ts';
import { frontmatterSchemaProblems } from './rules/frontmatter-schema.ts';
import { repliesNotEmptyProblems } from './rules/replies-not-empty.ts';
import { replyCodesHavePagesProblems } from './rules/reply-codes-have-pages.ts';
import { replyNoteProblems } from './rules/reply-notes.ts';
import { replyPhaseProblems } from './rules/reply-phases.ts';
import { rfcCitationProblems } from './rules/rfc-citations.ts';
import { seeAlsoProblems } from './rules/see-also.ts';
import { siteLinkProblems } from './rules/site-links.ts';
import { socketErrorStatusProblems } from './rules/socket-error-status.ts';
import { readServers, type LoadedServer } from './servers.ts';
import { readClients, type LoadedClient } from './clients.ts';
import { readGuides, type LoadedGuide } from './guides.ts';

export { formatProblems, type Problem } from './problem.ts';

/** Headings a code page body must have, in order. */
export const CODE_SECTIONS = ['Meaning', 'Causes', 'Fix (client)', 'Fix (server)', 'Examples', 'In practice'];
/** Headings a command page body must have, in order. */
export const COMMAND_SECTIONS = ['What it does', 'How the replies play out', 'Example'];

export interface CheckOptions {
  /** Folder holding `codes/`, `commands/`, `compare/` and `servers/`. */
  contentDir: string;
  /** Folder holding `rfcNNN.txt` (the repository's `reference/rfc/`); cited sections must exist in it. */
  rfcDir: string;
}

export interface LoadedContent {
  problems: Problem[];
  /** Code files whose frontmatter is valid, by code. */
  codes: { code: number; file: string; data: CodeData; body: string }[];
  /** Command files whose frontmatter is valid; `id` is the file name without `.md`. */
  commands: { id: string; file: string; data: CommandData; body: string }[];
  /** Editorial notes on pairs whose frontmatter is valid; `id` is e.g. "450-vs-550". */
  compare: { id: string; file: string; data: CompareData; body: string }[];
  /** Servers whose index.md and messages.yaml are valid, with their valid message pages. */
  servers: LoadedServer[];
  clients: LoadedClient[];
  guides: LoadedGuide[];
}

/** A file that was read, with its frontmatter data when that passed the schema. */
interface ReadFile<T> {
  file: MarkdownFile;
  data: T | undefined;
}

/**
 * Check the whole content folder. Returns every problem found (empty when all is well); never throws for bad content,
 * only when the RFC texts are missing.
 *
 * @example checkContent({ contentDir: 'content', rfcDir: 'reference/rfc' }) // -> []
 */
export function checkContent(options: CheckOptions): Problem[] {
  return loadContent(options).problems;
}

/**
 * Read, validate and cross-check the content folder; also returns the entries whose frontmatter is valid.
 *
 * @example loadContent({ contentDir: 'content', rfcDir: 'reference/rfc' }).codes.find((c) => c.code === 550)?.file
 * // -> 'content/codes/550.md'
 */
export function loadContent({ contentDir, rfcDir }: CheckOptions): LoadedContent {
  // Without the RFC texts no citation could be checked: stop rather than pass unchecked content.
  if (!existsSync(join(rfcDir, 'rfc959.txt'))) {
    throw new Error(
      `The RFC texts are missing: ${join(rfcDir, 'rfc959.txt')} does not exist. They ship with the repository in reference/rfc/.`,
    );
  }
  const problems: Problem[] = [];
  const codes = readCodes(join(contentDir, 'codes'), problems);
  const commands = readCommands(join(contentDir, 'commands'), problems);
  // A code with a well-named page counts as having one even when its frontmatter is broken: that is reported once.
  const codeSet = new Set(codes.pages.keys());
  const commandNames = new Set(commands.map((c) => c.id));
  const servers = readServers(join(contentDir, 'servers'), codeSet, problems);
  const clients = readClients(join(contentDir, 'clients'), codeSet, problems);
  const guides = readGuides(
    join(contentDir, 'guides'),
    {
      codes: codeSet,
      messages: new Set(servers.flatMap((s) => s.messages.map((m) => `${s.id}/${m.id}`))),
      errors: new Set(clients.flatMap((c) => c.errors.map((e) => `${c.id}/${e.id}`))),
    },
    problems,
  );
  // Server, client and guide pages by path under the site root: "servers/vsftpd", "clients/curl/exit-9".
  const folderPages = new Set([
    ...servers.flatMap((s) => [`servers/${s.id}`, ...s.pages.map((p) => `servers/${s.id}/${p.id}`)]),
    ...clients.flatMap((c) => [`clients/${c.id}`, ...c.pages.map((p) => `clients/${c.id}/${p.id}`)]),
    ...guides.map((g) => `guides/${g.id}`),
  ]);

  for (const { file, data } of codes.files) {
    problems.push(
      ...bodySectionProblems(file, CODE_SECTIONS),
      ...fixLeadInProblems(file),
      ...siteLinkProblems(file, codeSet, commandNames, folderPages),
    );
    if (!data) continue;
    problems.push(...rfcCitationProblems(file, data, rfcDir), ...seeAlsoProblems(file, data, codeSet));
  }
  for (const guide of guides) problems.push(...siteLinkProblems(guide.markdown, codeSet, commandNames, folderPages));
  for (const folder of [...servers, ...clients]) {
    for (const page of [folder, ...folder.pages]) {
      const read = readMarkdownFile(page.file);
      if (read.file) problems.push(...siteLinkProblems(read.file, codeSet, commandNames, folderPages));
    }
  }
  for (const { file, data } of commands) {
    problems.push(
      ...bodySectionProblems(file, COMMAND_SECTIONS),
      ...siteLinkProblems(file, codeSet, commandNames, folderPages),
    );
    if (!data) continue;
    problems.push(
      ...rfcCitationProblems(file, data, rfcDir),
      ...replyCodesHavePagesProblems(file, data, codeSet),
      ...replyPhaseProblems(file, data),
      ...repliesNotEmptyProblems(file, data),
      ...replyNoteProblems(file, data),
      ...followedByProblems(file, data, commandNames),
    );
  }
  const compare = readCompareNotes(join(contentDir, 'compare'), codeSet, commandNames, folderPages, problems);

  return {
    problems,
    compare,
    servers,
    clients,
    guides,
    codes: codes.files.flatMap(({ file, code, data }) =>
      data ? [{ code, file: file.file, data, body: file.body }] : [],
    ),
    commands: commands.flatMap(({ file, id, data }) => (data ? [{ id, file: file.file, data, body: file.body }] : [])),
  };
}

/** The files of a content folder in name order, leaving out its README and hidden files. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && name !== 'README.md')
    .sort();
}

/** `content/codes/`: read each file, with the rules that need no other file (and one page per code). */
function readCodes(
  dir: string,
  problems: Problem[],
): { pages: Map<number, string>; files: (ReadFile<CodeData> & { code: number })[] } {
  const pages = new Map<number, string>();
  const files: (ReadFile<CodeData> & { code: number })[] = [];
  for (const name of listFiles(dir)) {
    const path = join(dir, name);
    const reported = reportedPath(path);
    const nameProblems = codeFileNameProblems(reported, name);
    problems.push(...nameProblems);
    if (nameProblems.length > 0) continue;
    const code = parseInt(name, 10);
    const duplicates = duplicateCodeProblems(reported, code, pages);
    problems.push(...duplicates);
    if (duplicates.length > 0) continue;
    pages.set(code, reported);
    const read = readMarkdownFile(path);
    problems.push(...read.problems);
    if (!read.file) continue;
    const { data, problems: schemaProblems } = frontmatterSchemaProblems(read.file, codeSchema);
    problems.push(...schemaProblems);
    if (data) problems.push(...socketErrorStatusProblems(read.file, code, data));
    files.push({ file: read.file, code, data });
  }
  return { pages, files };
}

/** `content/commands/`: read each file, with the rules that need no other file (and one file per command). */
function readCommands(dir: string, problems: Problem[]): (ReadFile<CommandData> & { id: string })[] {
  const described = new Map<string, string>();
  const files: (ReadFile<CommandData> & { id: string })[] = [];
  for (const name of listFiles(dir)) {
    const path = join(dir, name);
    const nameProblems = commandFileNameProblems(reportedPath(path), name);
    problems.push(...nameProblems);
    if (nameProblems.length > 0) continue;
    const read = readMarkdownFile(path);
    problems.push(...read.problems);
    if (!read.file) continue;
    const { data, problems: schemaProblems } = frontmatterSchemaProblems(read.file, commandSchema);
    problems.push(...schemaProblems);
    files.push({ file: read.file, id: name.replace(/\.md$/, ''), data });
    if (!data) continue;
    problems.push(...commandMatchesFileNameProblems(read.file, data));
    const duplicates = duplicateCommandProblems(read.file, data, described);
    problems.push(...duplicates);
    if (duplicates.length === 0) described.set(data.command.toUpperCase(), read.file.file);
  }
  return files;
}

/** `content/compare/A-vs-B.md`: every rule for the notes, which no other file refers to. */
function readCompareNotes(
  dir: string,
  codes: ReadonlySet<number>,
  commands: ReadonlySet<string>,
  servers: ReadonlySet<string>,
  problems: Problem[],
): LoadedContent['compare'] {
  const notes: LoadedContent['compare'] = [];
  for (const name of listFiles(dir)) {
    const path = join(dir, name);
    const reported = reportedPath(path);
    const nameProblems = compareFileNameProblems(reported, name);
    problems.push(...nameProblems);
    if (nameProblems.length > 0) continue;
    const [a, b] = name.replace(/\.md$/, '').split('-vs-').map(Number);
    const id = `${a}-vs-${b}`;
    problems.push(...compareCodesHavePagesProblems(reported, [a, b], codes));
    const read = readMarkdownFile(path);
    problems.push(...read.problems);
    if (!read.file) continue;
    const { data, problems: schemaProblems } = frontmatterSchemaProblems(read.file, compareSchema);
    problems.push(...schemaProblems, ...siteLinkProblems(read.file, codes, commands, servers));
    problems.push(...compareNoteBodyProblems(read.file));
    if (data) notes.push({ id, file: reported, data, body: read.file.body });
  }
  return notes;
}

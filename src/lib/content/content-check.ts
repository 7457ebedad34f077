/**
 * Checks every file in `content/` before anything is built: frontmatter
 * against the schemas, file names, required body sections, and the rules
 * that span files (duplicates, codes a command lists without a page, links
 * to pages that do not exist, RFC sections that do not exist).
 *
 * Each problem names the file, the line where known, the field and what is
 * wrong, so a writer can fix it without reading code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import {
  codeSchema,
  commandSchema,
  compareSchema,
  type CodeData,
  type CommandData,
  type CompareData,
} from './schema.ts';
import { PHASES } from '../ftp/phases.ts';
import { sectionExists } from '../ftp/rfc.ts';

export interface Problem {
  /** Path of the file, relative to the working directory. */
  file: string;
  /** 1-based line, where known. */
  line?: number;
  /** Dotted field path, or "file name", "body", "frontmatter". */
  field: string;
  message: string;
}

/** Headings a code page body must have, in order. */
export const CODE_SECTIONS = ['Meaning', 'Causes', 'Fix (client)', 'Fix (server)', 'Examples', 'In practice'];
/** Headings a command page body must have, in order. */
export const COMMAND_SECTIONS = ['What it does', 'How the replies play out', 'Example'];

interface ParsedFile {
  file: string;
  name: string;
  data: unknown;
  body: string;
  /** 1-based line of the closing `---`: body line `i` (0-based) is file line `bodyLine + i + 1`. */
  bodyLine: number;
  locate: (path: PropertyKey[]) => number | undefined;
}

/** Format problems one per line as `file:line: field: message`. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field}: ${p.message}`).join('\n');
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && name !== 'README.md')
    .sort();
}

function parseFile(path: string, problems: Problem[]): ParsedFile | undefined {
  const file = relative(process.cwd(), path) || path;
  const name = path.split('/').pop() ?? path;
  const text = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  if (!match) {
    problems.push({
      file,
      line: 1,
      field: 'frontmatter',
      message: 'missing: the file must start with a --- block of YAML fields',
    });
    return undefined;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1], { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = lineCounter.linePos(error.pos[0]).line + 1;
      problems.push({
        file,
        line,
        field: 'frontmatter',
        message: `is not valid YAML: ${error.message.split('\n')[0]}`,
      });
    }
    return undefined;
  }
  const data = doc.toJS() ?? {};
  // The line of the closing ---: the opening line, the YAML lines, then it.
  const bodyLine = match[1].split('\n').length + 2;
  const locate = (fieldPath: PropertyKey[]): number | undefined => {
    for (let n = fieldPath.length; n > 0; n--) {
      const node = doc.getIn(fieldPath.slice(0, n) as (string | number)[], true) as
        { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line + 1;
      // Keys written as numbers (e.g. `550:` in replyNotes) are not found by their string form.
      const last = fieldPath[n - 1];
      if (typeof last === 'string' && /^\d+$/.test(last)) {
        const numeric = [...fieldPath.slice(0, n - 1), Number(last)] as (string | number)[];
        const alt = doc.getIn(numeric, true) as { range?: [number, number, number] } | undefined;
        if (alt?.range) return lineCounter.linePos(alt.range[0]).line + 1;
      }
    }
    return undefined;
  };
  return { file, name, data, body: text.slice(match[0].length), bodyLine, locate };
}

function schemaProblems(parsed: ParsedFile, schema: z.ZodType, problems: Problem[]): unknown {
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'frontmatter';
    let message = issue.message;
    if (issue.code === 'invalid_type' && /received undefined/.test(message)) message = `is required (${message})`;
    if (issue.code === 'unrecognized_keys')
      message = `unknown field(s): ${issue.keys.join(', ')}; see content/README.md`;
    problems.push({ file: parsed.file, line: parsed.locate(issue.path) ?? 2, field, message });
  }
  return undefined;
}

function headings(body: string, bodyLine: number): { text: string; line: number }[] {
  const found: { text: string; line: number }[] = [];
  let fenced = false;
  body.split('\n').forEach((line, i) => {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const m = !fenced && /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) found.push({ text: m[1], line: bodyLine + i + 1 });
  });
  return found;
}

function sectionProblems(parsed: ParsedFile, expected: string[], problems: Problem[]): void {
  const found = headings(parsed.body, parsed.bodyLine);
  const names = found.map((h) => h.text);
  for (const heading of found) {
    if (!expected.includes(heading.text)) {
      problems.push({
        file: parsed.file,
        line: heading.line,
        field: 'body',
        message: `unexpected section "## ${heading.text}"; allowed: ${expected.map((e) => `"## ${e}"`).join(', ')}`,
      });
    } else if (names.indexOf(heading.text) !== names.lastIndexOf(heading.text)) {
      problems.push({
        file: parsed.file,
        line: heading.line,
        field: 'body',
        message: `section "## ${heading.text}" appears more than once`,
      });
    }
  }
  for (const section of expected) {
    if (!names.includes(section)) {
      problems.push({ file: parsed.file, field: 'body', message: `missing section "## ${section}"` });
    }
  }
  const order = names.filter((n) => expected.includes(n));
  const sorted = [...order].sort((a, b) => expected.indexOf(a) - expected.indexOf(b));
  if (order.join('|') !== sorted.join('|')) {
    problems.push({
      file: parsed.file,
      field: 'body',
      message: `sections out of order; expected: ${expected.join(', ')}`,
    });
  }
  // A heading followed directly by the next one, or by nothing, is an empty section.
  const lines = parsed.body.split('\n');
  found.forEach((heading, i) => {
    const start = heading.line - parsed.bodyLine;
    const end = i + 1 < found.length ? found[i + 1].line - parsed.bodyLine - 1 : lines.length;
    const content = lines.slice(start, end).join('\n').trim();
    if (content.length < 40) {
      problems.push({
        file: parsed.file,
        line: heading.line,
        field: 'body',
        message: `section "## ${heading.text}" is empty or too short`,
      });
    }
  });
}

function linkProblems(parsed: ParsedFile, codes: Set<number>, commands: Set<string>, problems: Problem[]): void {
  parsed.body.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/\]\((\/[^)\s]*)\)/g)) {
      const href = m[1];
      const code = /^\/codes\/(\d{3}|\d{5})(#[\w-]+)?$/.exec(href);
      const command = /^\/commands\/([a-z]+)(#[\w-]+)?$/.exec(href);
      const where = { file: parsed.file, line: parsed.bodyLine + i + 1, field: 'body' };
      if (code && !codes.has(Number(code[1])))
        problems.push({ ...where, message: `links to ${href}, but there is no page for code ${code[1]}` });
      else if (command && !commands.has(command[1]))
        problems.push({ ...where, message: `links to ${href}, but there is no command file ${command[1]}.md` });
      else if (!code && !command && !/^\/(codes|commands)?(#[\w-]+)?$/.test(href)) {
        problems.push({
          ...where,
          message: `links to ${href}, which is not a page of this site (write /codes/NNN or /commands/name, no trailing slash)`,
        });
      }
    }
  });
}

/** Every RFC citation in a file's frontmatter, with its field path. */
function citationsOf(
  data: Record<string, unknown>,
): { path: (string | number)[]; cite: { rfc: number; section: string } }[] {
  const found: { path: (string | number)[]; cite: { rfc: number; section: string } }[] = [];
  const list = (field: string) => (Array.isArray(data[field]) ? (data[field] as Record<string, unknown>[]) : []);
  list('definedIn').forEach((cite, i) => found.push({ path: ['definedIn', i], cite: cite as never }));
  list('references').forEach((cite, i) => found.push({ path: ['references', i], cite: cite as never }));
  if (data.sequenceFrom) found.push({ path: ['sequenceFrom'], cite: data.sequenceFrom as never });
  list('additions').forEach((a, i) => found.push({ path: ['additions', i, 'from'], cite: a.from as never }));
  list('meanings').forEach((m, i) => {
    if (m.definedIn) found.push({ path: ['meanings', i, 'definedIn'], cite: m.definedIn as never });
  });
  return found;
}

function citationProblems(
  parsed: ParsedFile,
  data: Record<string, unknown>,
  rfcDir: string,
  problems: Problem[],
): void {
  for (const { path, cite } of citationsOf(data)) {
    const text = readRfc(rfcDir, cite.rfc);
    if (text === undefined) {
      problems.push({
        file: parsed.file,
        line: parsed.locate(path),
        field: path.join('.'),
        message: `RFC ${cite.rfc} is not in ${rfcDir}`,
      });
    } else if (!sectionExists(text, cite.section)) {
      problems.push({
        file: parsed.file,
        line: parsed.locate(path),
        field: `${path.join('.')}.section`,
        message: `RFC ${cite.rfc} has no section ${cite.section}`,
      });
    }
  }
}

const rfcCache = new Map<string, string | undefined>();
function readRfc(dir: string, rfc: number): string | undefined {
  const path = join(dir, `rfc${rfc}.txt`);
  if (!rfcCache.has(path)) rfcCache.set(path, existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  return rfcCache.get(path);
}

export interface CheckOptions {
  /** Folder holding `codes/` and `commands/`. */
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
}

/**
 * Check the whole content folder. Returns every problem found (empty when
 * all is well); never throws for bad content.
 *
 * @example checkContent({ contentDir: 'content', rfcDir: 'reference/rfc' }) // -> []
 */
export function checkContent(options: CheckOptions): Problem[] {
  return loadContent(options).problems;
}

/** Read, validate and cross-check the content folder; also returns the valid entries. */
export function loadContent({ contentDir, rfcDir }: CheckOptions): LoadedContent {
  // Without the RFC texts no citation could be checked: stop rather than pass unchecked content.
  if (!existsSync(join(rfcDir, 'rfc959.txt'))) {
    throw new Error(
      `The RFC texts are missing: ${join(rfcDir, 'rfc959.txt')} does not exist. They ship with the repository in reference/rfc/.`,
    );
  }
  const problems: Problem[] = [];
  const codeDir = join(contentDir, 'codes');
  const commandDir = join(contentDir, 'commands');
  const codeFiles = listFiles(codeDir);
  const commandFiles = listFiles(commandDir);

  const codeNumbers = new Map<number, string>();
  const codeParsed: { parsed: ParsedFile; data: Record<string, unknown> | undefined }[] = [];
  for (const name of codeFiles) {
    const path = join(codeDir, name);
    const file = relative(process.cwd(), path) || path;
    const m = /^(\d{3}|\d{5})\.mdx?$/.exec(name);
    const number = m ? Number(m[1]) : NaN;
    if (!m || !((number >= 100 && number <= 699) || (number >= 10000 && number <= 11999))) {
      problems.push({
        file,
        field: 'file name',
        message: `"${name}" is not a reply code: name the file after its three-digit code (100-699), e.g. 550.md, or a Windows Sockets error (10000-11999)`,
      });
      continue;
    }
    const code = Number(m[1]);
    const previous = codeNumbers.get(code);
    if (previous) {
      problems.push({ file, field: 'file name', message: `duplicate: code ${code} already has a page in ${previous}` });
      continue;
    }
    codeNumbers.set(code, file);
    const parsed = parseFile(path, problems);
    if (!parsed) continue;
    const data = schemaProblems(parsed, codeSchema, problems) as Record<string, unknown> | undefined;
    if (data && code >= 10000 && data.status !== 'not-ftp') {
      problems.push({
        file,
        line: parsed.locate(['status']) ?? 2,
        field: 'status',
        message: `must be not-ftp: ${code} is not an FTP reply code`,
      });
    }
    codeParsed.push({ parsed, data });
  }

  const commandIds = new Map<string, string>();
  const commandParsed: { parsed: ParsedFile; id: string; data: CommandData | undefined }[] = [];
  for (const name of commandFiles) {
    const path = join(commandDir, name);
    const file = relative(process.cwd(), path) || path;
    const m = /^([a-z]+)\.md$/.exec(name);
    if (!m) {
      problems.push({
        file,
        field: 'file name',
        message: `"${name}" must be the command in lowercase letters with .md, e.g. retr.md`,
      });
      continue;
    }
    const parsed = parseFile(path, problems);
    if (!parsed) continue;
    const data = schemaProblems(parsed, commandSchema, problems) as CommandData | undefined;
    commandParsed.push({ parsed, id: m[1], data });
    if (!data) continue;
    if (data.kind === 'command' && data.command !== m[1].toUpperCase()) {
      problems.push({
        file,
        line: parsed.locate(['command']),
        field: 'command',
        message: `is "${data.command}" but the file is ${name}: they must name the same command`,
      });
    }
    const key = data.command.toUpperCase();
    const previous = commandIds.get(key);
    if (previous)
      problems.push({
        file,
        line: parsed.locate(['command']),
        field: 'command',
        message: `duplicate: ${data.command} is already described in ${previous}`,
      });
    else commandIds.set(key, file);
  }
  const commandNames = new Set(commandParsed.map((c) => c.id));
  const codeSet = new Set(codeNumbers.keys());

  for (const { parsed, data } of codeParsed) {
    sectionProblems(parsed, CODE_SECTIONS, problems);
    linkProblems(parsed, codeSet, commandNames, problems);
    if (!data) continue;
    citationProblems(parsed, data, rfcDir, problems);
    (data.seeAlso as number[]).forEach((code, i) => {
      if (!codeSet.has(code))
        problems.push({
          file: parsed.file,
          line: parsed.locate(['seeAlso', i]),
          field: `seeAlso.${i}`,
          message: `code ${code} has no page (no content/codes/${code}.md)`,
        });
    });
  }

  for (const { parsed, data } of commandParsed) {
    sectionProblems(parsed, COMMAND_SECTIONS, problems);
    linkProblems(parsed, codeSet, commandNames, problems);
    if (!data) continue;
    citationProblems(parsed, data as unknown as Record<string, unknown>, rfcDir, problems);
    const listed = new Set<number>();
    const sources = [
      { prefix: ['replies'], replies: data.replies },
      ...data.additions.map((a, i) => ({ prefix: ['additions', i, 'replies'], replies: a.replies })),
    ];
    for (const { prefix, replies } of sources) {
      for (const phase of PHASES) {
        replies[phase].forEach((code, i) => {
          const path = [...prefix, phase, i];
          const where = { file: parsed.file, line: parsed.locate(path), field: path.join('.') };
          if (!codeSet.has(code))
            problems.push({
              ...where,
              message: `code ${code} has no page: add content/codes/${code}.md or remove it here`,
            });
          if (phase === 'preliminary' && Math.floor(code / 100) !== 1)
            problems.push({ ...where, message: `${code} is not a 1yz reply, so it cannot be preliminary` });
          if (phase === 'intermediate' && Math.floor(code / 100) !== 3)
            problems.push({ ...where, message: `${code} is not a 3yz reply, so it cannot be intermediate` });
          listed.add(code);
        });
      }
    }
    if (data.replies.afterPreliminary.length > 0 && data.replies.preliminary.length === 0) {
      problems.push({
        file: parsed.file,
        line: parsed.locate(['replies', 'afterPreliminary']),
        field: 'replies.afterPreliminary',
        message: 'lists replies after a preliminary reply, but replies.preliminary is empty',
      });
    }
    if (listed.size === 0)
      problems.push({
        file: parsed.file,
        line: parsed.locate(['replies']),
        field: 'replies',
        message: 'lists no reply codes',
      });
    for (const key of Object.keys(data.replyNotes)) {
      if (!listed.has(Number(key)))
        problems.push({
          file: parsed.file,
          line: parsed.locate(['replyNotes', key]),
          field: `replyNotes.${key}`,
          message: `${key} is not in this command's replies`,
        });
    }
    data.followedBy.forEach((next, i) => {
      if (!commandNames.has(next))
        problems.push({
          file: parsed.file,
          line: parsed.locate(['followedBy', i]),
          field: `followedBy.${i}`,
          message: `no command file ${next}.md`,
        });
    });
  }
  const compare = checkCompareNotes(join(contentDir, 'compare'), codeSet, commandNames, problems);

  return {
    problems,
    compare,
    codes: codeParsed.flatMap(({ parsed, data }) =>
      data
        ? [
            {
              code: Number(parsed.name.replace(/\.mdx?$/, '')),
              file: parsed.file,
              data: data as CodeData,
              body: parsed.body,
            },
          ]
        : [],
    ),
    commands: commandParsed.flatMap(({ parsed, id, data }) =>
      data ? [{ id, file: parsed.file, data, body: parsed.body }] : [],
    ),
  };
}

/** `content/compare/A-vs-B.md`: A < B, both codes have pages, one file per pair, no second-level headings. */
function checkCompareNotes(
  dir: string,
  codes: Set<number>,
  commands: Set<string>,
  problems: Problem[],
): LoadedContent['compare'] {
  const notes: LoadedContent['compare'] = [];
  for (const name of listFiles(dir)) {
    const path = join(dir, name);
    const file = relative(process.cwd(), path) || path;
    const m = /^(\d{3}|\d{5})-vs-(\d{3}|\d{5})\.md$/.exec(name);
    if (!m) {
      problems.push({
        file,
        field: 'file name',
        message: `"${name}" must name a pair as A-vs-B.md with the lower code first, e.g. 450-vs-550.md`,
      });
      continue;
    }
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a >= b) {
      problems.push({
        file,
        field: 'file name',
        message: `the lower code comes first: name it ${Math.min(a, b)}-vs-${Math.max(a, b)}.md`,
      });
      continue;
    }
    for (const code of [a, b]) {
      if (!codes.has(code))
        problems.push({ file, field: 'file name', message: `code ${code} has no page (no content/codes/${code}.md)` });
    }
    const parsed = parseFile(path, problems);
    if (!parsed) continue;
    const data = schemaProblems(parsed, compareSchema, problems) as CompareData | undefined;
    linkProblems(parsed, codes, commands, problems);
    for (const heading of headings(parsed.body, parsed.bodyLine)) {
      problems.push({
        file,
        line: heading.line,
        field: 'body',
        message: `"## ${heading.text}": use ### headings; the page puts the notes under its own heading`,
      });
    }
    if (parsed.body.trim().length < 200)
      problems.push({ file, field: 'body', message: 'the note is empty or too short (at least a paragraph)' });
    if (data) notes.push({ id: `${a}-vs-${b}`, file, data, body: parsed.body });
  }
  return notes;
}

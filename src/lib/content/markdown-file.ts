/**
 * Reads one content file: its YAML frontmatter (with the line of every field, so a problem can point at it), its
 * body, and the body's second-level sections. Knows nothing of schemas or rules.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { Problem } from './problem.ts';

export interface MarkdownFile {
  /** Path as problems report it: relative to the working directory. */
  file: string;
  /** File name, e.g. `550.md`. */
  name: string;
  /** The frontmatter as plain data, not yet checked against any schema. */
  data: unknown;
  /** Everything after the closing `---`. */
  body: string;
  /** 1-based line of the closing `---`: body line `i` (0-based) is file line `bodyLine + i + 1`. */
  bodyLine: number;
  /** 1-based line of a frontmatter field, or of its nearest written parent; undefined when none is written. */
  locate: (path: readonly PropertyKey[]) => number | undefined;
}

/** A `## ` heading of the body and its 1-based line in the file. */
export interface Heading {
  text: string;
  line: number;
}

/**
 * The path of a file as problems report it: relative to the working directory.
 *
 * @example reportedPath(`${process.cwd()}/content/codes/550.md`) // -> 'content/codes/550.md'
 */
export function reportedPath(path: string): string {
  return relative(process.cwd(), path) || path;
}

/**
 * Read a Markdown file that starts with a `---` block of YAML. A file with no such block, or with YAML that does not
 * parse, gives problems and no file.
 *
 * @example
 * // content/codes/550.md: "---\nname: File unavailable\n---\n\n## Meaning\n..."
 * const { file } = readMarkdownFile('content/codes/550.md');
 * file.data // -> { name: 'File unavailable' }
 * file.locate(['name']) // -> 2
 * file.bodyLine // -> 3
 */
export function readMarkdownFile(path: string): { file?: MarkdownFile; problems: Problem[] } {
  const file = reportedPath(path);
  const name = path.split('/').pop() ?? path;
  const text = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  if (!match) {
    return {
      problems: [
        {
          file,
          line: 1,
          field: 'frontmatter',
          message: 'missing: the file must start with a --- block of YAML fields',
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1], { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: lineCounter.linePos(error.pos[0]).line + 1,
        field: 'frontmatter',
        message: `is not valid YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  const lineOf = (fieldPath: readonly PropertyKey[]): number | undefined => {
    const node = doc.getIn(fieldPath as (string | number)[], true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line + 1 : undefined;
  };
  const locate = (fieldPath: readonly PropertyKey[]): number | undefined => {
    for (let n = fieldPath.length; n > 0; n--) {
      const line = lineOf(fieldPath.slice(0, n));
      if (line !== undefined) return line;
      // Keys written as numbers (e.g. `550:` in replyNotes) are not found by their string form.
      const last = fieldPath[n - 1];
      if (typeof last === 'string' && /^\d+$/.test(last)) {
        const numeric = lineOf([...fieldPath.slice(0, n - 1), Number(last)]);
        if (numeric !== undefined) return numeric;
      }
    }
    return undefined;
  };
  return {
    file: {
      file,
      name,
      data: doc.toJS() ?? {},
      body: text.slice(match[0].length),
      // The opening ---, the YAML lines, then the closing ---.
      bodyLine: match[1].split('\n').length + 2,
      locate,
    },
    problems: [],
  };
}

/**
 * The body's `## ` headings, with their lines; headings inside fenced code blocks are text, not sections.
 *
 * @example
 * // body "\n## Meaning\n\ntext\n" after a frontmatter that ends on line 3
 * sectionHeadings({ body: '\n## Meaning\n\ntext\n', bodyLine: 3 }) // -> [{ text: 'Meaning', line: 5 }]
 */
export function sectionHeadings(file: Pick<MarkdownFile, 'body' | 'bodyLine'>): Heading[] {
  const found: Heading[] = [];
  let fenced = false;
  file.body.split('\n').forEach((line, i) => {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const m = !fenced && /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) found.push({ text: m[1], line: file.bodyLine + i + 1 });
  });
  return found;
}

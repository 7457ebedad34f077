/**
 * Reads one content file: its YAML frontmatter (with the line of every field, so a problem can point at it), its
 * body, and the body's second-level sections. Knows nothing of schemas or rules.
 */
import { readFileSync } from 'node:fs';
import type { Problem } from './problem.ts';
import { reportedPath } from './reported-path.ts';
import { parseYaml } from './yaml-file.ts';

export { reportedPath };

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
  // The YAML starts on line 2, after the opening ---.
  const { parsed, problems } = parseYaml(match[1], file, 2);
  if (!parsed) return { problems };
  return {
    file: {
      file,
      name,
      data: parsed.data,
      body: text.slice(match[0].length),
      // The opening ---, the YAML lines, then the closing ---.
      bodyLine: match[1].split('\n').length + 2,
      locate: parsed.locate,
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

/**
 * Parses YAML with the line of every field kept, so a problem can point at it: the frontmatter of a Markdown
 * file, or a whole data file such as `content/servers/NAME/messages.yaml`.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { reportedPath } from './reported-path.ts';
import type { Problem } from './problem.ts';

/** YAML that parsed: the plain data, and where each field is written. */
export interface ParsedYaml {
  data: unknown;
  /** 1-based file line of a field, or of its nearest written parent; undefined when none is written. */
  locate: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * Parse YAML text that starts on line `firstLine` of `file`.
 *
 * @example parseYaml('name: vsftpd\n', 'content/servers/vsftpd/index.md', 2).parsed?.locate(['name']) // -> 2
 */
export function parseYaml(text: string, file: string, firstLine = 1): { parsed?: ParsedYaml; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: lineAt(error.pos[0]),
        field: 'frontmatter',
        message: `is not valid YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  const lineOf = (fieldPath: readonly PropertyKey[]): number | undefined => {
    const node = doc.getIn(fieldPath as (string | number)[], true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lineAt(node.range[0]) : undefined;
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
  return { parsed: { data: doc.toJS() ?? {}, locate }, problems: [] };
}

/**
 * Read a whole YAML data file.
 *
 * @example readYamlFile('content/servers/vsftpd/messages.yaml').parsed?.data // -> [{ id: '...', ... }, ...]
 */
export function readYamlFile(path: string): { file: string; parsed?: ParsedYaml; problems: Problem[] } {
  const file = reportedPath(path);
  const text = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  const { parsed, problems } = parseYaml(text, file);
  return { file, parsed, problems: problems.map((p) => ({ ...p, field: 'file' })) };
}

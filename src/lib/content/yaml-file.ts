/**
 * Parses YAML with the line of every field kept, so a problem can point at it: the frontmatter of a Markdown
 * file, or a whole data file such as `content/servers/NAME/messages.yaml`.
 */
import type { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { reportedPath } from './reported-path.ts';
import type { Problem } from './problem.ts';

/** YAML that parsed: the plain data, and where each field is written. */
export interface ParsedYaml {
  data: unknown;
  /** 1-based file line of a field, or of its nearest written parent; undefined when none is written. */
  locate: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * The plain data of YAML text, read with js-yaml and the YAML 1.2 core schema: about ten times faster than
 * building a `yaml` document, and the same data, which tests/unit/yaml-file.test.ts checks on every content
 * file. Throws on text that is not valid YAML.
 *
 * @example yamlData('code: 550\nnote: ~\n') // -> { code: 550, note: null }
 */
export function yamlData(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA });
}

/**
 * Parse YAML text that starts on line `firstLine` of `file`. The data comes from yamlData(); the `yaml`
 * document, which knows the line of every node, is built only when the text is not valid YAML or a problem
 * asks for a line.
 *
 * @example parseYaml('name: vsftpd\n', 'content/servers/vsftpd/index.md', 2).parsed?.locate(['name']) // -> 2
 */
export function parseYaml(text: string, file: string, firstLine = 1): { parsed?: ParsedYaml; problems: Problem[] } {
  let positioned: { doc: Document; lineAt: (offset: number) => number } | undefined;
  const document = () => {
    if (!positioned) {
      const lineCounter = new LineCounter();
      const doc = parseDocument(text, { lineCounter, prettyErrors: false });
      positioned = { doc, lineAt: (offset) => lineCounter.linePos(offset).line + firstLine - 1 };
    }
    return positioned;
  };
  let data: unknown;
  try {
    data = yamlData(text);
  } catch {
    // Not valid YAML: the document says where, in its own words.
    const { doc, lineAt } = document();
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
    data = doc.toJS();
  }
  const lineOf = (fieldPath: readonly PropertyKey[]): number | undefined => {
    const { doc, lineAt } = document();
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
  return { parsed: { data: data ?? {}, locate }, problems: [] };
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

/**
 * The data of a YAML file read by readYamlFile(), checked against a schema; each issue is reported at its line,
 * and undefined comes back when there is one.
 *
 * @example validateYaml(readYamlFile('content/clients/curl/errors.yaml'), clientErrorsSchema, problems)?.length // -> 43
 */
export function validateYaml<T>(
  yaml: ReturnType<typeof readYamlFile>,
  schema: z.ZodType<T>,
  problems: Problem[],
): T | undefined {
  if (!yaml.parsed) return undefined;
  const result = schema.safeParse(yaml.parsed.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'file';
    let message = issue.message;
    if (issue.code === 'invalid_type' && /received undefined/.test(message)) message = `is required (${message})`;
    if (issue.code === 'unrecognized_keys')
      message = `unknown field(s): ${issue.keys.join(', ')}; see content/README.md`;
    problems.push({ file: yaml.file, line: yaml.parsed.locate(issue.path) ?? 1, field, message });
  }
  return undefined;
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sectionExists } from '../../ftp/rfc.ts';
import type { MarkdownFile } from '../markdown-file.ts';
import type { Problem } from '../problem.ts';
import type { CodeData, CommandData } from '../schema.ts';

interface Citation {
  path: (string | number)[];
  cite: { rfc: number; section: string };
}

/**
 * Every RFC section the frontmatter cites (`definedIn`, `references`, `sequenceFrom`, `additions[].from`,
 * `meanings[].definedIn`) is a heading of that RFC's text in `rfcDir`, so no page links to a section that is not there.
 *
 * @example
 * // content/codes/425.md citing `{ rfc: 959, section: "4.2.9" }` on line 6
 * rfcCitationProblems(file, data, 'reference/rfc')
 * // -> [{ file: 'content/codes/425.md', line: 6, field: 'definedIn.0.section',
 * //       message: 'RFC 959 has no section 4.2.9' }]
 */
export function rfcCitationProblems(file: MarkdownFile, data: CodeData | CommandData, rfcDir: string): Problem[] {
  const problems: Problem[] = [];
  for (const { path, cite } of citationsOf(data)) {
    const text = readRfc(rfcDir, cite.rfc);
    if (text === undefined) {
      problems.push({
        file: file.file,
        line: file.locate(path),
        field: path.join('.'),
        message: `RFC ${cite.rfc} is not in ${rfcDir}`,
      });
    } else if (!hasSection(rfcDir, cite.rfc, text, cite.section)) {
      problems.push({
        file: file.file,
        line: file.locate(path),
        field: `${path.join('.')}.section`,
        message: `RFC ${cite.rfc} has no section ${cite.section}`,
      });
    }
  }
  return problems;
}

function citationsOf(data: CodeData | CommandData): Citation[] {
  const found: Citation[] = [];
  data.definedIn.forEach((cite, i) => found.push({ path: ['definedIn', i], cite }));
  if ('references' in data) data.references.forEach((cite, i) => found.push({ path: ['references', i], cite }));
  if ('sequenceFrom' in data) found.push({ path: ['sequenceFrom'], cite: data.sequenceFrom });
  if ('additions' in data)
    data.additions.forEach((a, i) => found.push({ path: ['additions', i, 'from'], cite: a.from }));
  if ('meanings' in data)
    data.meanings.forEach((m, i) => {
      if (m.definedIn) found.push({ path: ['meanings', i, 'definedIn'], cite: m.definedIn });
    });
  return found;
}

// Several hundred citations point into a dozen texts: read each once per process.
const rfcCache = new Map<string, string | undefined>();
function readRfc(dir: string, rfc: number): string | undefined {
  const path = join(dir, `rfc${rfc}.txt`);
  if (!rfcCache.has(path)) rfcCache.set(path, existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  return rfcCache.get(path);
}

// The same sections are cited again and again (RFC 959 4.2.1 by most codes): look each up once per process.
const sectionCache = new Map<string, boolean>();
function hasSection(dir: string, rfc: number, text: string, section: string): boolean {
  const key = `${join(dir, `rfc${rfc}.txt`)}#${section}`;
  if (!sectionCache.has(key)) sectionCache.set(key, sectionExists(text, section));
  return sectionCache.get(key)!;
}

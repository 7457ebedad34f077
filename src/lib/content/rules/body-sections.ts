import { sectionHeadings, type MarkdownFile } from '../markdown-file.ts';
import type { Problem } from '../problem.ts';

/**
 * The body has exactly the expected `## ` sections, each once, in the expected order, none empty: the page layout
 * and its anchor links (`/codes/550#fix-server`) rely on them. A section counts as empty below 40 characters.
 *
 * @example
 * // content/codes/226.md with no "## Causes"
 * bodySectionProblems(file, ['Meaning', 'Causes', 'Fix (client)', 'Fix (server)', 'Examples', 'In practice'])
 * // -> [{ file: 'content/codes/226.md', field: 'body', message: 'missing section "## Causes"' }]
 */
export function bodySectionProblems(file: MarkdownFile, expected: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const found = sectionHeadings(file);
  const names = found.map((h) => h.text);
  for (const heading of found) {
    if (!expected.includes(heading.text)) {
      problems.push({
        file: file.file,
        line: heading.line,
        field: 'body',
        message: `unexpected section "## ${heading.text}"; allowed: ${expected.map((e) => `"## ${e}"`).join(', ')}`,
      });
    } else if (names.indexOf(heading.text) !== names.lastIndexOf(heading.text)) {
      problems.push({
        file: file.file,
        line: heading.line,
        field: 'body',
        message: `section "## ${heading.text}" appears more than once`,
      });
    }
  }
  for (const section of expected) {
    if (!names.includes(section)) {
      problems.push({ file: file.file, field: 'body', message: `missing section "## ${section}"` });
    }
  }
  const order = names.filter((n) => expected.includes(n));
  const sorted = [...order].sort((a, b) => expected.indexOf(a) - expected.indexOf(b));
  if (order.join('|') !== sorted.join('|')) {
    problems.push({
      file: file.file,
      field: 'body',
      message: `sections out of order; expected: ${expected.join(', ')}`,
    });
  }
  // A heading followed directly by the next one, or by nothing, is an empty section.
  const lines = file.body.split('\n');
  found.forEach((heading, i) => {
    const start = heading.line - file.bodyLine;
    const end = i + 1 < found.length ? found[i + 1].line - file.bodyLine - 1 : lines.length;
    const content = lines.slice(start, end).join('\n').trim();
    if (content.length < 40) {
      problems.push({
        file: file.file,
        line: heading.line,
        field: 'body',
        message: `section "## ${heading.text}" is empty or too short`,
      });
    }
  });
  return problems;
}

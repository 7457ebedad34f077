import type { MarkdownFile } from '../markdown-file.ts';
import type { Problem } from '../problem.ts';

/** The sections whose steps the code page's "What to do" block lists, by their bold lead-ins. */
export const FIX_SECTIONS = ['Fix (client)', 'Fix (server)'] as const;

/**
 * Every top-level item of a code's `## Fix (client)` and `## Fix (server)` starts with a bold lead-in
 * (`- **Do not retry unchanged.** Change the path...`): the page's "What to do" block lists the first lead-ins as
 * steps, each linking to its item. Nested items and paragraphs are free.
 *
 * @example
 * // content/codes/226.md, line 40: "- Send 226 only after the data connection is closed."
 * fixLeadInProblems(file)
 * // -> [{ file: 'content/codes/226.md', line: 40, field: 'body',
 * //       message: 'the item under "## Fix (server)" must start with a bold lead-in: "- **Do this.** Details..."' }]
 */
export function fixLeadInProblems(file: Pick<MarkdownFile, 'file' | 'body' | 'bodyLine'>): Problem[] {
  const problems: Problem[] = [];
  let section: string | undefined;
  let fenced = false;
  file.body.split('\n').forEach((line, i) => {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return;
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) section = heading[1];
    else if (isFixSection(section) && /^(-|\*|\+|\d+\.)\s/.test(line) && !/^(-|\*|\+|\d+\.)\s+\*\*\S/.test(line)) {
      problems.push({
        file: file.file,
        line: file.bodyLine + i + 1,
        field: 'body',
        message: `the item under "## ${section}" must start with a bold lead-in: "- **Do this.** Details..."`,
      });
    }
  });
  return problems;
}

function isFixSection(section: string | undefined): boolean {
  return (FIX_SECTIONS as readonly (string | undefined)[]).includes(section);
}

import { sectionHeadings, type MarkdownFile } from '../markdown-file.ts';
import type { Problem } from '../problem.ts';

/** The section a guide opens with: the first steps, on the first screen. */
export const GUIDE_FIRST_SECTION = 'What to do';

/**
 * A guide's body opens with `## What to do`, so the first steps are on the first screen.
 *
 * @example
 * // content/guides/ftps.md whose first section is "## Background" on line 12
 * guideFirstSectionProblems(file)
 * // -> [{ file: 'content/guides/ftps.md', line: 12, field: 'body', message: 'must open with "## What to do", not "## Background"' }]
 */
export function guideFirstSectionProblems(file: MarkdownFile): Problem[] {
  const [first] = sectionHeadings(file);
  if (first?.text === GUIDE_FIRST_SECTION) return [];
  return [
    {
      file: file.file,
      line: first?.line,
      field: 'body',
      message: first
        ? `must open with "## ${GUIDE_FIRST_SECTION}", not "## ${first.text}"`
        : `must open with a "## ${GUIDE_FIRST_SECTION}" section`,
    },
  ];
}

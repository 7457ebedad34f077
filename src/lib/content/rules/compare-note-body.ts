import { sectionHeadings, type MarkdownFile } from '../markdown-file.ts';
import type { Problem } from '../problem.ts';

/**
 * A compare note's body is at least a paragraph (200 characters) and uses no `## ` headings: the page sets the note
 * under a second-level heading of its own, so the note's subheadings are `###`.
 *
 * @example
 * // content/compare/425-vs-550.md with "## A second-level heading" on line 9
 * compareNoteBodyProblems(file)
 * // -> [{ file: 'content/compare/425-vs-550.md', line: 9, field: 'body',
 * //       message: '"## A second-level heading": use ### headings; the page puts the notes under its own heading' }]
 */
export function compareNoteBodyProblems(file: MarkdownFile): Problem[] {
  const problems: Problem[] = sectionHeadings(file).map((heading) => ({
    file: file.file,
    line: heading.line,
    field: 'body',
    message: `"## ${heading.text}": use ### headings; the page puts the notes under its own heading`,
  }));
  if (file.body.trim().length < 200)
    problems.push({ file: file.file, field: 'body', message: 'the note is empty or too short (at least a paragraph)' });
  return problems;
}

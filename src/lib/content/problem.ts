/** What the content check reports: one broken rule in one place of one file. */

export interface Problem {
  /** Path of the file, relative to the working directory. */
  file: string;
  /** 1-based line, where known. */
  line?: number;
  /** Dotted field path, or "file name", "body", "frontmatter". */
  field: string;
  message: string;
}

/**
 * Format problems one per line as `file:line: field: message`, the form editors and terminals turn into links.
 *
 * @example formatProblems([{ file: 'content/codes/550.md', line: 2, field: 'summary', message: 'is required' }])
 * // -> 'content/codes/550.md:2: summary: is required'
 */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field}: ${p.message}`).join('\n');
}

import type { Problem } from '../problem.ts';

/**
 * A code has one page: `550.md` and `550.mdx` cannot both exist. The first file (in name order) keeps the code.
 *
 * @example
 * duplicateCodeProblems('content/codes/550.mdx', 550, new Map([[550, 'content/codes/550.md']]))
 * // -> [{ file: 'content/codes/550.mdx', field: 'file name',
 * //       message: 'duplicate: code 550 already has a page in content/codes/550.md' }]
 */
export function duplicateCodeProblems(file: string, code: number, earlier: ReadonlyMap<number, string>): Problem[] {
  const previous = earlier.get(code);
  if (!previous) return [];
  return [{ file, field: 'file name', message: `duplicate: code ${code} already has a page in ${previous}` }];
}

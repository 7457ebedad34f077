import type { Problem } from '../problem.ts';

/**
 * Both codes of a compare note have pages: the comparison page is generated from them.
 *
 * @example
 * compareCodesHavePagesProblems('content/compare/425-vs-599.md', [425, 599], new Set([150, 226, 425, 550]))
 * // -> [{ file: 'content/compare/425-vs-599.md', field: 'file name',
 * //       message: 'code 599 has no page (no content/codes/599.md)' }]
 */
export function compareCodesHavePagesProblems(
  file: string,
  pair: readonly [number, number],
  codes: ReadonlySet<number>,
): Problem[] {
  return pair
    .filter((code) => !codes.has(code))
    .map((code) => ({ file, field: 'file name', message: `code ${code} has no page (no content/codes/${code}.md)` }));
}

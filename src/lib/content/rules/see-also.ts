import type { MarkdownFile } from '../markdown-file.ts';
import type { Problem } from '../problem.ts';
import type { CodeData } from '../schema.ts';

/**
 * Every code a page hand-picks in `seeAlso` has a page of its own, so the "Related" links lead somewhere.
 *
 * @example
 * // content/codes/226.md with `seeAlso: [599]` on line 8, and no 599.md
 * seeAlsoProblems(file, data, new Set([150, 226, 425, 550]))
 * // -> [{ file: 'content/codes/226.md', line: 8, field: 'seeAlso.0',
 * //       message: 'code 599 has no page (no content/codes/599.md)' }]
 */
export function seeAlsoProblems(file: MarkdownFile, data: CodeData, codes: ReadonlySet<number>): Problem[] {
  return data.seeAlso.flatMap((code, i) =>
    codes.has(code)
      ? []
      : [
          {
            file: file.file,
            line: file.locate(['seeAlso', i]),
            field: `seeAlso.${i}`,
            message: `code ${code} has no page (no content/codes/${code}.md)`,
          },
        ],
  );
}

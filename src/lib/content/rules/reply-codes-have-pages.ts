import { listedReplies } from '../listed-replies.ts';
import type { MarkdownFile } from '../markdown-file.ts';
import type { Problem } from '../problem.ts';
import type { CommandData } from '../schema.ts';

/**
 * Every code a command's reply sequence names (in `replies` or in `additions`) has a page: the sequence table links
 * each one, and the code's "Returned by" list is built from these files.
 *
 * @example
 * // content/commands/retr.md with `completion: [550, 552]` on line 14, and no 552.md
 * replyCodesHavePagesProblems(file, data, new Set([150, 226, 425, 550]))
 * // -> [{ file: 'content/commands/retr.md', line: 14, field: 'replies.completion.1',
 * //       message: 'code 552 has no page: add content/codes/552.md or remove it here' }]
 */
export function replyCodesHavePagesProblems(
  file: MarkdownFile,
  data: CommandData,
  codes: ReadonlySet<number>,
): Problem[] {
  return listedReplies(data)
    .filter(({ code }) => !codes.has(code))
    .map(({ path, code }) => ({
      file: file.file,
      line: file.locate(path),
      field: path.join('.'),
      message: `code ${code} has no page: add content/codes/${code}.md or remove it here`,
    }));
}

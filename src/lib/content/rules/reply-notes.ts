import { listedReplies } from '../listed-replies.ts';
import type { MarkdownFile } from '../markdown-file.ts';
import type { Problem } from '../problem.ts';
import type { CommandData } from '../schema.ts';

/**
 * A `replyNotes` entry explains a code this command lists (in `replies` or `additions`); a note on any other code
 * would never be shown.
 *
 * @example
 * // content/commands/retr.md with `421: ...` under replyNotes on line 17, and 421 in no phase
 * replyNoteProblems(file, data)
 * // -> [{ file: 'content/commands/retr.md', line: 17, field: 'replyNotes.421',
 * //       message: "421 is not in this command's replies" }]
 */
export function replyNoteProblems(file: MarkdownFile, data: CommandData): Problem[] {
  const listed = new Set(listedReplies(data).map((r) => r.code));
  return Object.keys(data.replyNotes)
    .filter((key) => !listed.has(Number(key)))
    .map((key) => ({
      file: file.file,
      line: file.locate(['replyNotes', key]),
      field: `replyNotes.${key}`,
      message: `${key} is not in this command's replies`,
    }));
}

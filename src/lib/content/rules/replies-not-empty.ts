import { listedReplies } from '../listed-replies.ts';
import type { MarkdownFile } from '../markdown-file.ts';
import type { Problem } from '../problem.ts';
import type { CommandData } from '../schema.ts';

/**
 * A command file lists at least one reply code (every phase defaults to empty, so the schema alone lets
 * `replies: {}` through); a command no reply answers has nothing for its page to show.
 *
 * @example
 * // content/commands/retr.md with `replies: {}` on line 11 and no additions
 * repliesNotEmptyProblems(file, data)
 * // -> [{ file: 'content/commands/retr.md', line: 11, field: 'replies', message: 'lists no reply codes' }]
 */
export function repliesNotEmptyProblems(file: MarkdownFile, data: CommandData): Problem[] {
  if (listedReplies(data).length > 0) return [];
  return [{ file: file.file, line: file.locate(['replies']), field: 'replies', message: 'lists no reply codes' }];
}

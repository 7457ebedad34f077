import { listedReplies } from '../listed-replies.ts';
import type { MarkdownFile } from '../markdown-file.ts';
import type { Problem } from '../problem.ts';
import type { CommandData } from '../schema.ts';

/**
 * Each listed code fits its phase, as RFC 959 section 4.2 defines the classes: only 1yz replies are preliminary, only
 * 3yz replies intermediate; and replies listed after a preliminary reply need a preliminary reply to follow.
 *
 * @example
 * // content/commands/retr.md with `preliminary: [150, 226]` on line 12
 * replyPhaseProblems(file, data)
 * // -> [{ file: 'content/commands/retr.md', line: 12, field: 'replies.preliminary.1',
 * //       message: '226 is not a 1yz reply, so it cannot be preliminary' }]
 */
export function replyPhaseProblems(file: MarkdownFile, data: CommandData): Problem[] {
  const problems: Problem[] = [];
  for (const { path, phase, code } of listedReplies(data)) {
    // The line is looked up only for a problem: finding it builds the file's YAML document.
    const where = () => ({ file: file.file, line: file.locate(path), field: path.join('.') });
    if (phase === 'preliminary' && Math.floor(code / 100) !== 1)
      problems.push({ ...where(), message: `${code} is not a 1yz reply, so it cannot be preliminary` });
    if (phase === 'intermediate' && Math.floor(code / 100) !== 3)
      problems.push({ ...where(), message: `${code} is not a 3yz reply, so it cannot be intermediate` });
  }
  if (data.replies.afterPreliminary.length > 0 && data.replies.preliminary.length === 0) {
    problems.push({
      file: file.file,
      line: file.locate(['replies', 'afterPreliminary']),
      field: 'replies.afterPreliminary',
      message: 'lists replies after a preliminary reply, but replies.preliminary is empty',
    });
  }
  return problems;
}

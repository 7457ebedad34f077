import type { MarkdownFile } from '../markdown-file.ts';
import type { Problem } from '../problem.ts';
import type { CommandData } from '../schema.ts';

/**
 * A command (or event) is described in one file only, whatever the case of its `command` field.
 *
 * @example
 * // content/commands/retr.md with `command: RETR`, after get.md already said `command: RETR`
 * duplicateCommandProblems(file, data, new Map([['RETR', 'content/commands/get.md']]))
 * // -> [{ file: 'content/commands/retr.md', line: 2, field: 'command',
 * //       message: 'duplicate: RETR is already described in content/commands/get.md' }]
 */
export function duplicateCommandProblems(
  file: MarkdownFile,
  data: CommandData,
  earlier: ReadonlyMap<string, string>,
): Problem[] {
  const previous = earlier.get(data.command.toUpperCase());
  if (!previous) return [];
  return [
    {
      file: file.file,
      line: file.locate(['command']),
      field: 'command',
      message: `duplicate: ${data.command} is already described in ${previous}`,
    },
  ];
}

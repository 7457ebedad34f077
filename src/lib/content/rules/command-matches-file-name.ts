import type { MarkdownFile } from '../markdown-file.ts';
import type { Problem } from '../problem.ts';
import type { CommandData } from '../schema.ts';

/**
 * The `command` field of a command page (not an event) is its file name in capitals: `stor.md` describes STOR.
 *
 * @example
 * // content/commands/stor.md with `command: STOU`
 * commandMatchesFileNameProblems(file, data)
 * // -> [{ file: 'content/commands/stor.md', line: 2, field: 'command',
 * //       message: 'is "STOU" but the file is stor.md: they must name the same command' }]
 */
export function commandMatchesFileNameProblems(file: MarkdownFile, data: CommandData): Problem[] {
  if (data.kind !== 'command' || data.command === file.name.replace(/\.md$/, '').toUpperCase()) return [];
  return [
    {
      file: file.file,
      line: file.locate(['command']),
      field: 'command',
      message: `is "${data.command}" but the file is ${file.name}: they must name the same command`,
    },
  ];
}

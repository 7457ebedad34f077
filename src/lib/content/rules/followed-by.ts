import type { MarkdownFile } from '../markdown-file.ts';
import type { Problem } from '../problem.ts';
import type { CommandData } from '../schema.ts';

/**
 * Every command in `followedBy` (written as its file name, e.g. `rnto`) has a command file, so the link to it works.
 *
 * @example
 * // content/commands/retr.md with `followedBy: [stor]` on line 15, and no stor.md
 * followedByProblems(file, data, new Set(['retr']))
 * // -> [{ file: 'content/commands/retr.md', line: 15, field: 'followedBy.0', message: 'no command file stor.md' }]
 */
export function followedByProblems(file: MarkdownFile, data: CommandData, commands: ReadonlySet<string>): Problem[] {
  return data.followedBy.flatMap((next, i) =>
    commands.has(next)
      ? []
      : [
          {
            file: file.file,
            line: file.locate(['followedBy', i]),
            field: `followedBy.${i}`,
            message: `no command file ${next}.md`,
          },
        ],
  );
}

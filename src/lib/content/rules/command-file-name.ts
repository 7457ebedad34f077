import type { Problem } from '../problem.ts';

/**
 * A command page is named after its command in lowercase letters, with `.md`: the name is its URL (`/commands/retr`).
 *
 * @example
 * commandFileNameProblems('content/commands/Stor.md', 'Stor.md')
 * // -> [{ file: 'content/commands/Stor.md', field: 'file name',
 * //       message: '"Stor.md" must be the command in lowercase letters with .md, e.g. retr.md' }]
 * commandFileNameProblems('content/commands/stor.md', 'stor.md') // -> []
 */
export function commandFileNameProblems(file: string, name: string): Problem[] {
  if (/^[a-z]+\.md$/.test(name)) return [];
  return [
    { file, field: 'file name', message: `"${name}" must be the command in lowercase letters with .md, e.g. retr.md` },
  ];
}

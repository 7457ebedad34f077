import type { MarkdownFile } from '../markdown-file.ts';
import type { Problem } from '../problem.ts';

/**
 * A message page is named after a message of its server: `content/servers/vsftpd/ID.md` needs `id: ID` in the
 * folder's messages.yaml, which gives the page its text, code and facts.
 *
 * @example
 * // content/servers/vsftpd/no-such-message.md
 * messagePageIdProblems(file, new Set(['login-incorrect']))
 * // -> [{ file: 'content/servers/vsftpd/no-such-message.md', field: 'file name',
 * //       message: 'no entry in messages.yaml has id "no-such-message"' }]
 */
export function messagePageIdProblems(
  file: Pick<MarkdownFile, 'file' | 'name'>,
  ids: ReadonlySet<string>,
  list = 'messages.yaml',
): Problem[] {
  const id = file.name.replace(/\.md$/, '');
  return ids.has(id) ? [] : [{ file: file.file, field: 'file name', message: `no entry in ${list} has id "${id}"` }];
}

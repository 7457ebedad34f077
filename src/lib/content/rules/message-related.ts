import type { MarkdownFile } from '../markdown-file.ts';
import type { Problem } from '../problem.ts';
import type { MessagePageData } from '../server-schema.ts';

/**
 * Every message a page lists as having the same cause exists: `id` on the same server, `server/id` on another.
 *
 * @example
 * // content/servers/vsftpd/login-incorrect.md with `related: [proftpd/nope]` on line 2
 * messageRelatedProblems(file, data, 'vsftpd', new Set(['vsftpd/login-incorrect']))
 * // -> [{ file: 'content/servers/vsftpd/login-incorrect.md', line: 2, field: 'related.0',
 * //       message: 'no message "proftpd/nope" (a messages.yaml entry with that id)' }]
 */
export function messageRelatedProblems(
  file: MarkdownFile,
  data: MessagePageData,
  server: string,
  messages: ReadonlySet<string>,
): Problem[] {
  return data.related.flatMap((ref, i) => {
    const key = ref.includes('/') ? ref : `${server}/${ref}`;
    return messages.has(key)
      ? []
      : [
          {
            file: file.file,
            line: file.locate(['related', i]),
            field: `related.${i}`,
            message: `no message "${key}" (a messages.yaml entry with that id)`,
          },
        ];
  });
}

import type { Problem } from '../problem.ts';

/**
 * Every code a server message is sent with (or a client error is caused by) has a page, so the entry can link to it
 * and the code page can list it.
 *
 * @example
 * // content/servers/vsftpd/messages.yaml, message 4 with `code: 599` on line 40
 * messageCodeProblems('content/servers/vsftpd/messages.yaml', messages, locate, new Set([220, 550]))
 * // -> [{ file: 'content/servers/vsftpd/messages.yaml', line: 40, field: '4.code',
 * //       message: 'code 599 has no page (no content/codes/599.md)' }]
 */
export function messageCodeProblems(
  file: string,
  messages: readonly ({ code: number } | { codes: readonly number[] })[],
  locate: (path: readonly PropertyKey[]) => number | undefined,
  codes: ReadonlySet<number>,
): Problem[] {
  return messages.flatMap((m, i) => {
    const list =
      'code' in m ? [{ code: m.code, path: [i, 'code'] }] : m.codes.map((code, j) => ({ code, path: [i, 'codes', j] }));
    return list
      .filter(({ code }) => !codes.has(code))
      .map(({ code, path }) => ({
        file,
        line: locate(path),
        field: path.join('.'),
        message: `code ${code} has no page (no content/codes/${code}.md)`,
      }));
  });
}

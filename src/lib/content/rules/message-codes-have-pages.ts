import type { Problem } from '../problem.ts';
import type { ServerMessage } from '../server-schema.ts';

/**
 * Every code a server message is sent with has a page, so the message can link to it and the code page can list it.
 *
 * @example
 * // content/servers/vsftpd/messages.yaml, message 4 with `code: 599` on line 40
 * messageCodeProblems('content/servers/vsftpd/messages.yaml', messages, locate, new Set([220, 550]))
 * // -> [{ file: 'content/servers/vsftpd/messages.yaml', line: 40, field: '4.code',
 * //       message: 'code 599 has no page (no content/codes/599.md)' }]
 */
export function messageCodeProblems(
  file: string,
  messages: readonly ServerMessage[],
  locate: (path: readonly PropertyKey[]) => number | undefined,
  codes: ReadonlySet<number>,
): Problem[] {
  return messages.flatMap((m, i) =>
    codes.has(m.code)
      ? []
      : [
          {
            file,
            line: locate([i, 'code']),
            field: `${i}.code`,
            message: `code ${m.code} has no page (no content/codes/${m.code}.md)`,
          },
        ],
  );
}

import type { Problem } from '../problem.ts';

/**
 * Within one server (or client), each message has its own id (its anchor and URL) and its own code and text (a
 * client error's text alone): the same text twice would give a pasted line two pages.
 *
 * @example
 * // content/servers/vsftpd/messages.yaml with `id: login-incorrect` on lines 2 and 30
 * messageIdProblems('content/servers/vsftpd/messages.yaml', messages, locate)
 * // -> [{ file: 'content/servers/vsftpd/messages.yaml', line: 30, field: '3.id',
 * //       message: 'duplicate: id "login-incorrect" is already used on line 2' }]
 */
export function messageIdProblems(
  file: string,
  messages: readonly { id: string; text: string; code?: number }[],
  locate: (path: readonly PropertyKey[]) => number | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  const texts = new Map<string, number>();
  messages.forEach((m, i) => {
    const seenId = ids.get(m.id);
    if (seenId !== undefined) {
      problems.push({
        file,
        line: locate([i, 'id']),
        field: `${i}.id`,
        message: `duplicate: id "${m.id}" is already used on line ${locate([seenId, 'id'])}`,
      });
    } else ids.set(m.id, i);
    const key = m.code === undefined ? m.text : `${m.code} ${m.text}`;
    const seenText = texts.get(key);
    if (seenText !== undefined) {
      problems.push({
        file,
        line: locate([i, 'text']),
        field: `${i}.text`,
        message: `duplicate: "${key}" is already "${messages[seenText]!.id}"; merge the two entries`,
      });
    } else texts.set(key, i);
  });
  return problems;
}

/**
 * Where a long technical token in running text may break on a narrow screen, so it wraps where a person would
 * split it, not mid-word: after a slash or backslash, after an underscore, after a dot that starts a new name
 * (`FtpStatusCode.` + `ActionNotTaken`), and in a very long camel-case name between its words
 * (`changeWorking` + `Directory()`). Tokens under `minLength` characters and ordinary words stay whole, and a
 * file name keeps its extension (`messages.json`).
 */

/** Camel-case names break between their words only from this length on: `FtpWebRequest` stays whole. */
const LONG_NAME = 20;

/**
 * The text cut at the break points of its long tokens; joined, the pieces give the text back unchanged.
 *
 * @example breakParts('See (FtpStatusCode.ActionNotTakenFileUnavailable) here')
 * // -> ['See (FtpStatusCode.', 'ActionNotTakenFileUnavailable) here']
 * @example breakParts('CURLE_REMOTE_FILE_NOT_FOUND') // -> ['CURLE_', 'REMOTE_', 'FILE_', 'NOT_', 'FOUND']
 */
export function breakParts(text: string, minLength = 16): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const token of text.matchAll(new RegExp(`\\S{${minLength},}`, 'g'))) {
    const points =
      token[0].length >= LONG_NAME
        ? /(?<=[/\\_])(?=\w)|(?<=\.)(?=[A-Z])|(?<=[a-z])(?=[A-Z])/g
        : /(?<=[/\\_])(?=\w)|(?<=\.)(?=[A-Z])/g;
    for (const point of token[0].matchAll(points)) {
      const at = token.index + point.index;
      parts.push(text.slice(start, at));
      start = at;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

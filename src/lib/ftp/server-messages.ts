/**
 * Server message texts as patterns: a catalogue text such as "OOPS: cannot change directory:{path}" matches the line
 * a server actually sent ("500 OOPS: cannot change directory:/home/alice"). Pure: no I/O, no URLs.
 */

/** What matching needs of a catalogue entry. */
export interface MessagePattern {
  /** The reply code; 0 for a client error, which has none and is found at the end of the pasted line. */
  code: number;
  /** Text after the code, variable parts as `{name}`. */
  text: string;
}

import { replyLine } from './reply-line.ts';

/** A placeholder in a catalogue text: `{` + a lower-case name + `}`. The one place its spelling is written. */
export const PLACEHOLDER = /\{[a-z][a-z_]*\}/g;

/**
 * The names of a text's placeholders, in order.
 *
 * @example placeholderNames("Can't open {file}: {error}") // -> ['file', 'error']
 */
export function placeholderNames(text: string): string[] {
  return (text.match(PLACEHOLDER) ?? []).map((p) => p.slice(1, -1));
}

/**
 * The pattern's parts split at its placeholders.
 *
 * @example messageParts('OOPS: cannot change directory:{path}') // -> ['OOPS: cannot change directory:', '']
 */
export function messageParts(text: string): string[] {
  return text.split(PLACEHOLDER);
}

/**
 * How specific a pattern is: its characters outside placeholders. "{path}: {error}" (2) loses to
 * "Failed to open file." (20) when both match.
 *
 * @example literalLength('Can\'t open {file}: {error}') // -> 13
 */
export function literalLength(text: string): number {
  return messageParts(text).join('').length;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Runs of spaces count as one: copying from a terminal or a web page changes them. */
const loose = (s: string) => escape(s).replace(/ +/g, ' +');

/** What a placeholder matches: `{error}` one of the error texts, any other any non-empty text. */
const placeholderPattern = (name: string, errors: readonly string[]) =>
  name === 'error' ? `(?:${errors.map(escape).join('|')})` : '.+?';

/** Compiled patterns by text, for the list of error texts they were compiled with (one list in practice). */
const compiled = new Map<string, RegExp>();
let compiledWith: readonly string[] | undefined;

/**
 * The regular expression of a catalogue text, for the text after the code: `{error}` matches one of `errors` (the
 * operating system's error texts, OS_ERRORS in os-errors.ts; the browser gets them with the catalogue), other
 * placeholders any non-empty text, and everything else must be exact but for case, runs of spaces and a final
 * full stop.
 *
 * @example messageRegExp('OOPS: cannot change directory:{path}', OS_ERRORS).test('OOPS: cannot change directory:/home/al') // -> true
 * @example messageRegExp('{path}: {error}', OS_ERRORS).test('a.txt: Permission denied') // -> true
 * @example messageRegExp('{path}: {error}', OS_ERRORS).test('Note: anything at all') // -> false
 */
export function messageRegExp(text: string, errors: readonly string[], tail = false): RegExp {
  if (compiledWith !== errors) {
    compiled.clear();
    compiledWith = errors;
  }
  const key = tail + text;
  let re = compiled.get(key);
  if (!re) {
    const trimmed = text.replace(/\.$/, '');
    const names = placeholderNames(trimmed);
    const body = messageParts(trimmed)
      .map((literal, i) => loose(literal) + (names[i] ? placeholderPattern(names[i], errors) : ''))
      .join('');
    // A tail pattern finds the text at the end of a longer line ("12:00:01 Error: <text>"), after a non-word character.
    re = new RegExp(`${tail ? '(^|\\W)' : '^'}${body}\\.?$`, 'i');
    compiled.set(key, re);
  }
  return re;
}

/** How much fixed text a match under another code needs before it counts: "Login incorrect." alone does not. */
const OTHER_CODE_MIN = 20;

/**
 * Every catalogue message a pasted line can be, most specific first (most characters outside placeholders;
 * ties keep catalogue order). Server messages with the line's code, and client errors (code 0) the line ends with,
 * come first, so "ftplib.error_perm: 550 SSL/TLS required ..." finds the longer of the client's and the server's
 * texts; only when none fits, a server message with the same long text under another code (another version of the
 * server may send it with another code).
 *
 * @example matchMessages('500 OOPS: cannot change directory:/home/alice', catalogue, OS_ERRORS)[0].text
 * // -> 'OOPS: cannot change directory:{path}'
 */
export function matchMessages<T extends MessagePattern>(
  line: string,
  messages: readonly T[],
  errors: readonly string[],
): T[] {
  const reply = replyLine(line);
  // A server message is held against the reply's text; a client error against the end of the whole line.
  const fits = (m: T) => {
    const text = m.code ? reply?.text : line.trim();
    return !!text && messageRegExp(m.text, errors, !m.code).test(text);
  };
  let found = messages.filter((m) => (!m.code || m.code === reply?.code) && fits(m));
  if (!found.length) found = messages.filter((m) => m.code && literalLength(m.text) >= OTHER_CODE_MIN && fits(m));
  // sort() is stable: equally specific messages keep catalogue order.
  return found.sort((a, b) => literalLength(b.text) - literalLength(a.text));
}

/**
 * How much fixed text a client error needs to be found in a pasted line: "Connection refused" alone is too common.
 * The lookup catalogue holds only client errors this long (src/lib/site/lookup-data.ts).
 */
export const CLIENT_ERROR_MIN = 20;

/**
 * Server message texts as patterns: a catalogue text such as "OOPS: cannot change directory:{path}" matches the line
 * a server actually sent ("500 OOPS: cannot change directory:/home/alice"). Pure: no I/O, no URLs.
 */

/** What matching needs of a catalogue entry. */
export interface MessagePattern {
  code: number;
  /** Text after the code, variable parts as `{name}`. */
  text: string;
}

import { OS_ERRORS } from './os-errors.ts';

const PLACEHOLDER = /\{[a-z][a-z_]*\}/g;
/** Longer pasted text is not a reply line; capping it keeps matching cheap whatever is pasted. */
const MAX_LINE = 1000;

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

/** What a placeholder matches: `{error}` an operating system error text, any other any non-empty text. */
const placeholderPattern = (name: string) => (name === 'error' ? `(?:${OS_ERRORS.map(escape).join('|')})` : '.+?');

const compiled = new Map<string, RegExp>();

/**
 * The regular expression of a catalogue text, for the text after the code: `{error}` matches an operating system
 * error text ("No such file or directory"), other placeholders any non-empty text, and everything else must be
 * exact but for case, runs of spaces and a final full stop.
 *
 * @example messageRegExp('OOPS: cannot change directory:{path}').test('OOPS: cannot change directory:/home/alice') // -> true
 * @example messageRegExp('{path}: {error}').test('a.txt: Permission denied') // -> true
 * @example messageRegExp('{path}: {error}').test('Note: anything at all') // -> false
 */
export function messageRegExp(text: string): RegExp {
  let re = compiled.get(text);
  if (!re) {
    const trimmed = text.replace(/\.$/, '');
    const names = [...trimmed.matchAll(PLACEHOLDER)].map((m) => m[0].slice(1, -1));
    const body = messageParts(trimmed)
      .map((literal, i) => loose(literal) + (i < names.length ? placeholderPattern(names[i]) : ''))
      .join('');
    re = new RegExp(`^${body}\\.?$`, 'i');
    compiled.set(text, re);
  }
  return re;
}

/** A reply line split into its code and text. */
export interface ReplyLine {
  code: number;
  text: string;
}

/**
 * The reply in a pasted line: the first three-digit code followed by a space or a hyphen (the first line of a
 * multi-line reply) and text. Anything before the code (a timestamp, "Response:", "<") is ignored.
 *
 * @example replyLine('Response:\t550 Failed to open file.') // -> { code: 550, text: 'Failed to open file.' }
 * @example replyLine('no code here') // -> undefined
 */
export function replyLine(line: string): ReplyLine | undefined {
  const m = /(?:^|[^\d])([1-6]\d\d)[ -](.*\S)/.exec(line.slice(0, MAX_LINE));
  return m ? { code: Number(m[1]), text: m[2].trim() } : undefined;
}

/** How much fixed text a match under another code needs before it counts: "Login incorrect." alone does not. */
const OTHER_CODE_MIN = 20;

/**
 * Every catalogue message a pasted line can be, most specific first (most characters outside placeholders;
 * ties keep catalogue order). Messages with the line's code come first; only when none fits, a message with
 * the same long text under another code (another version of the server may send it with another code).
 *
 * @example matchMessages('500 OOPS: cannot change directory:/home/alice', catalogue)[0].text
 * // -> 'OOPS: cannot change directory:{path}'
 */
export function matchMessages<T extends MessagePattern>(line: string, messages: readonly T[]): T[] {
  const reply = replyLine(line);
  if (!reply) return [];
  const fits = (m: T) => messageRegExp(m.text).test(reply.text);
  let found = messages.filter((m) => m.code === reply.code && fits(m));
  if (found.length === 0) found = messages.filter((m) => literalLength(m.text) >= OTHER_CODE_MIN && fits(m));
  return found
    .map((m, i) => ({ m, i, score: literalLength(m.text) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((s) => s.m);
}

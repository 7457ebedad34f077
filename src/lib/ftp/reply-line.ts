/**
 * The reply in a pasted line. A module of its own so that the lookup box can ask whether a query is a server's
 * line without loading the message matcher and its list of error texts.
 */

/** Longer pasted text is not a reply line; capping it keeps matching cheap whatever is pasted. */
const MAX_LINE = 1000;

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

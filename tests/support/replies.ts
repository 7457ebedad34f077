/**
 * Reading server replies out of lines of text, by the rules of RFC 959
 * section 4.2: a reply is a code, a space and text; a multi-line reply starts
 * with the code and a hyphen and ends at the first line that starts with the
 * same code and a space. Lines in between belong to the reply even when they
 * begin with digits.
 */

export interface Reply {
  code: number;
  /** The text after the code on the first line, e.g. "Failed to open file." */
  text: string;
  /** Every line of the reply as sent, first to last. */
  lines: string[];
  /** Whether the reply was closed by its final line (false if the input ended inside it). */
  complete: boolean;
}

const FIRST = /^([1-6]\d\d)([ -])(.*)$/;

/**
 * Group reply lines into replies.
 *
 * @example parseReplies(['211-Features:', ' SIZE', '211 End']) // -> [{ code: 211, text: 'Features:', lines: [...3 lines], complete: true }]
 * @example parseReplies(['123-First line', '234 A line beginning with numbers', '123 The last line']).length // -> 1
 */
export function parseReplies(lines: readonly string[]): Reply[] {
  const replies: Reply[] = [];
  let open: Reply | undefined;
  for (const line of lines) {
    if (open) {
      open.lines.push(line);
      if (line.startsWith(`${open.code} `) || line === String(open.code)) {
        open.complete = true;
        open = undefined;
      }
      continue;
    }
    const m = FIRST.exec(line);
    if (!m) continue;
    const reply: Reply = { code: Number(m[1]), text: m[3].trim(), lines: [line], complete: m[2] === ' ' };
    replies.push(reply);
    if (m[2] === '-') open = reply;
  }
  return replies;
}

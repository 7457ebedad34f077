import { describe, expect, it } from 'vitest';
import { parseReplies } from '../support/replies.ts';

describe('reading replies (RFC 959 section 4.2)', () => {
  it('reads a single-line reply', () => {
    expect(parseReplies(['550 Failed to open file.'])).toEqual([
      { code: 550, text: 'Failed to open file.', lines: ['550 Failed to open file.'], complete: true },
    ]);
  });

  it('treats a multi-line reply as one reply, even with digits at the start of an inner line', () => {
    const replies = parseReplies([
      '123-First line',
      'Second line',
      '  234 A line beginning with numbers',
      '234 not padded either',
      '123 The last line',
    ]);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ code: 123, text: 'First line', complete: true });
    expect(replies[0]!.lines).toHaveLength(5);
  });

  it('reads consecutive replies in order', () => {
    const replies = parseReplies(['220-Welcome', '220 Ready', '331 Password required', '230 Logged in']);
    expect(replies.map((r) => r.code)).toEqual([220, 331, 230]);
  });

  it('ignores lines that are not replies', () => {
    expect(parseReplies(['hello', '55 short', '5500 long', '750 out of range'])).toEqual([]);
  });

  it('marks a multi-line reply cut off by the end of input as incomplete', () => {
    expect(parseReplies(['211-Features:', ' SIZE'])[0]).toMatchObject({ code: 211, complete: false });
  });
});

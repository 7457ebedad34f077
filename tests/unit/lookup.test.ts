import { describe, expect, it } from 'vitest';
import { resolveLookup } from '../../src/lib/site/lookup.ts';

const index = { codes: new Set([125, 221, 550, 10054]), commands: new Set(['retr', 'pasv']) };
const go = (q: string) => resolveLookup(q, index);

describe('lookup', () => {
  it('takes a code to its page', () => {
    expect(go('550')).toBe('/codes/550');
    expect(go('  550  ')).toBe('/codes/550');
    expect(go('10054')).toBe('/codes/10054');
  });

  it('takes a pasted reply line to its code', () => {
    expect(go('550 Permission denied.')).toBe('/codes/550');
    expect(go('550-Multi-line start')).toBe('/codes/550');
  });

  it('takes two codes in any spelling to their comparison, lower first', () => {
    for (const q of ['125 221', '125 vs 221', '125 VS. 221', '221-vs-125', '221 vs 125', '125,221', '125-221'])
      expect(go(q), q).toBe('/compare/125-vs-221');
  });

  it('takes a command name to its page, in any case', () => {
    expect(go('RETR')).toBe('/commands/retr');
    expect(go('pasv')).toBe('/commands/pasv');
  });

  it('sends anything else to search, encoded', () => {
    expect(go('disk full')).toBe('/search?q=disk%20full');
    expect(go('999')).toBe('/search?q=999');
    expect(go('550 550')).toBe('/codes/550');
    expect(go('<script>')).toBe('/search?q=%3Cscript%3E');
  });
});

import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { wholeNames } from '../../src/integrations/whole-names.ts';

const p = (...children: Element['children']): Element => ({ type: 'element', tagName: 'p', properties: {}, children });
const text = (value: string) => ({ type: 'text' as const, value });
const span = (value: string): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { className: ['nowrap'] },
  children: [text(value)],
});

describe('wholeNames', () => {
  it('wraps every Pure-FTPd in a span that keeps it on one line, leaving the text as it was', () => {
    const out = wholeNames(p(text('vsftpd, Pure-FTPd and Pure-FTPd again.')));
    expect(out.children).toEqual([
      text('vsftpd, '),
      span('Pure-FTPd'),
      text(' and '),
      span('Pure-FTPd'),
      text(' again.'),
    ]);
  });

  it('leaves other text and child elements alone', () => {
    const child = span('x');
    const node = p(text('no names here'), child);
    expect(wholeNames(node)).toBe(node);
    expect(wholeNames(p(text('Pure-FTPd'), child)).children).toEqual([span('Pure-FTPd'), child]);
  });
});

import { describe, expect, it } from 'vitest';
import { allPairs, pairId, parsePair } from '../../src/lib/ftp/pairs.ts';

describe('pairs', () => {
  it('name a pair lower number first, whatever the order given', () => {
    expect(pairId(221, 125)).toBe('125-vs-221');
    expect(pairId(125, 221)).toBe('125-vs-221');
    expect(pairId(426, 10054)).toBe('426-vs-10054');
  });

  it('refuse to pair a code with itself', () => {
    expect(() => pairId(550, 550)).toThrow(RangeError);
    expect(parsePair('550-vs-550')).toBeUndefined();
  });

  it('parse ids in either order and reject anything else', () => {
    expect(parsePair('125-vs-221')).toEqual([125, 221]);
    expect(parsePair('221-vs-125')).toEqual([221, 125]);
    expect(parsePair('426-vs-10054')).toEqual([426, 10054]);
    for (const bad of ['125-221', '12-vs-221', '125-vs-2210', 'abc-vs-def', '125-vs-221/'])
      expect(parsePair(bad), bad).toBeUndefined();
  });

  it('enumerate every unordered pair once: n(n-1)/2', () => {
    const pairs = allPairs([550, 125, 221, 450, 125]);
    expect(pairs).toHaveLength(6);
    expect(new Set(pairs.map(([a, b]) => pairId(a, b))).size).toBe(6);
    expect(pairs.every(([a, b]) => a < b)).toBe(true);
  });
});

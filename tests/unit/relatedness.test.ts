import { describe, expect, it } from 'vitest';
import { codeFacts } from '../../src/lib/ftp/code-facts.ts';
import { loadContent } from '../../src/lib/content/content-check.ts';
import { allPairs, pairId } from '../../src/lib/ftp/pairs.ts';
import { CONFUSED_PAIRS, isOftenConfused, oftenCompared, pairTheme, relate } from '../../src/lib/ftp/relatedness.ts';
import { contentDir, rfcDir } from '../support/paths.ts';

const content = loadContent({ contentDir, rfcDir });
const facts = codeFacts(
  content.codes,
  content.commands.map((c) => ({ id: c.id, data: c.data })),
);
const editorial = new Set(content.compare.map((c) => c.id));
const f = (code: number) => facts.get(code)!;
const kinds = (a: number, b: number) => relate(f(a), f(b), { editorial }).reasons.map((r) => r.kind);

describe('relatedness', () => {
  it('relates transient and permanent counterparts from the sourced list, never by the digits', () => {
    expect(kinds(450, 550)).toContain('counterparts');
    expect(kinds(452, 552)).toContain('counterparts');
    for (const [a, b] of [
      [421, 521],
      [451, 551],
      [430, 530],
      [434, 534],
      [400, 500],
      [450, 551],
    ] as const) {
      expect(kinds(a, b), `${a}-vs-${b}`).not.toContain('counterparts');
    }
  });

  it('relates a preliminary reply and the reply that follows it for the same command', () => {
    const r = relate(f(150), f(226), { editorial });
    expect(r.reasons.find((x) => x.kind === 'sequence')?.commands).toEqual(
      expect.arrayContaining(['RETR', 'STOR', 'LIST']),
    );
  });

  it('makes a pair indexable on the strength of its sequence alone', () => {
    // 125 and 226 are neither curated nor written about: only the sequence relates them.
    const r = relate(f(125), f(226), { editorial });
    expect(r.reasons.map((x) => x.kind)).toEqual(['sequence']);
    expect(r.indexable).toBe(true);
  });

  it('relates codes of one class and group, and alternatives to the same command', () => {
    expect(kinds(550, 553)).toContain('class-and-group');
    expect(relate(f(550), f(553), { editorial }).reasons.find((r) => r.kind === 'same-commands')?.commands).toContain(
      'APPE',
    );
  });

  it('makes every curated pair and every pair with editorial notes indexable', () => {
    for (const [a, b] of CONFUSED_PAIRS) {
      expect(facts.has(a) && facts.has(b), `${a} or ${b} has no page`).toBe(true);
      expect(relate(f(a), f(b), { editorial }).indexable, pairId(a, b)).toBe(true);
    }
    for (const id of editorial) {
      const [a, b] = id.split('-vs-').map(Number) as [number, number];
      expect(relate(f(a), f(b), { editorial }).reasons.map((r) => r.kind)).toContain('editorial');
    }
  });

  it('curates a pair by its note, so the list names only pairs that have none', () => {
    const listed = CONFUSED_PAIRS.map(([a, b]) => pairId(a, b)).filter((id) => editorial.has(id));
    expect(listed, 'pairs with a note listed again in CONFUSED_PAIRS').toEqual([]);
    expect(kinds(450, 550)).toEqual(expect.arrayContaining(['curated', 'editorial']));
  });

  it('leaves unrelated pairs unindexable', () => {
    const r = relate(f(214), f(10065), { editorial });
    expect(r.score).toBe(0);
    expect(r.indexable).toBe(false);
  });

  it('is symmetric', () => {
    for (const [a, b] of allPairs([...facts.keys()]).slice(0, 400)) {
      expect(relate(f(a), f(b), { editorial }).score, pairId(a, b)).toBe(relate(f(b), f(a), { editorial }).score);
    }
  });

  it('indexes a minority of all pairs, and every code has something worth comparing', () => {
    const pairs = allPairs([...facts.keys()]);
    const indexable = pairs.filter(([a, b]) => relate(f(a), f(b), { editorial }).indexable);
    expect(indexable.length).toBeGreaterThan(100);
    expect(indexable.length).toBeLessThan(pairs.length / 3);
    const lonely = [...facts.keys()].filter((code) => oftenCompared(code, facts, { editorial }).length === 0);
    expect(lonely).toEqual([]);
  });

  it('ranks the twin first among the comparisons for 450', () => {
    expect(oftenCompared(450, facts, { editorial })[0]?.code).toBe(550);
  });
});

describe('themes of the comparison index', () => {
  const theme = (a: number, b: number) => pairTheme(f(a), f(b), relate(f(a), f(b), { editorial }));

  it('put each pair under what it is about', () => {
    expect(theme(450, 550)).toBe('Transient or permanent');
    expect(theme(150, 226)).toBe('Start and end of an exchange');
    expect(theme(425, 10060)).toBe('Socket errors and replies');
    expect(theme(230, 530)).toBe('Logins and accounts');
    expect(theme(331, 332)).toBe('Logins and accounts');
    expect(theme(227, 229)).toBe('Connections');
    expect(theme(550, 553)).toBe('Files and directories');
    expect(theme(500, 501)).toBe('Syntax and unsupported commands');
    expect(theme(211, 213)).toBe('Information and status');
  });

  it('put protected replies and the other codes of the security RFCs under security, not logins', () => {
    for (const [a, b] of [
      [631, 632],
      [631, 633],
      [632, 633],
      [234, 334],
      [534, 536],
      [521, 522],
      [400, 534],
    ] as const)
      expect(theme(a, b), `${a}-vs-${b}`).toBe('Security and TLS');
  });

  it('count as often confused exactly the curated, noted and counterpart pairs', () => {
    const confused = allPairs([...facts.keys()]).filter(([a, b]) => isOftenConfused(relate(f(a), f(b), { editorial })));
    const expected = new Set([...CONFUSED_PAIRS.map(([a, b]) => pairId(a, b)), ...editorial]);
    expect(new Set(confused.map(([a, b]) => pairId(a, b)))).toEqual(expected);
  });
});

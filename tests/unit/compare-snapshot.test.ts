/**
 * A reviewed snapshot of what the generator says about the pairs with editorial notes and 20
 * others chosen for their traps (110 during a transfer, protected replies, same last two digits
 * without a relation, socket errors, an experimental code). A change to the generator shows up
 * in review as a readable diff of tests/fixtures/compare/computed-facts.md.
 */
import { describe, expect, it } from 'vitest';
import { codeFacts } from '../../src/lib/ftp/code-facts.ts';
import { pairId } from '../../src/lib/ftp/pairs.ts';
import { compareText } from '../../src/lib/site/compare-text.ts';
import { realSiteContent } from '../support/site-content.ts';

const content = realSiteContent();
const facts = codeFacts(content.codes, content.commands);

const OTHERS: [number, number][] = [
  [110, 125],
  [110, 150],
  [110, 226],
  [226, 631],
  [631, 632],
  [421, 521],
  [430, 530],
  [434, 534],
  [400, 500],
  [451, 452],
  [150, 425],
  [220, 10060],
  [227, 228],
  [332, 532],
  [553, 10066],
  [200, 10054],
  [331, 530],
  [350, 550],
  [502, 503],
  [257, 521],
];

function render(a: number, b: number): string {
  const text = compareText(facts.get(a)!, facts.get(b)!);
  return [
    `## ${pairId(a, b)}`,
    '',
    ...text.points.flatMap((p) => [`- ${p.label}:`, ...p.sentences.map((s) => `  - ${s}`)]),
    ...text.otherProtocols.map((o) => `- Other protocols: ${o.text}`),
    '',
  ].join('\n');
}

describe('computed comparison facts', () => {
  it('match the reviewed snapshot', async () => {
    const noted = content.notes.map((n) => n.id.split('-vs-').map(Number) as [number, number]);
    expect(noted.length).toBeGreaterThan(30);
    const pairs = [...noted, ...OTHERS].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const doc = ['# Computed comparison facts', '', ...pairs.map(([a, b]) => render(a, b))].join('\n');
    await expect(doc).toMatchFileSnapshot('../fixtures/compare/computed-facts.md');
  });
});

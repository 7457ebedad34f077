import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/content-check.ts';
import { relatedCodes } from '../../src/lib/ftp/related.ts';
import { contentDir, rfcDir } from '../support/paths.ts';

const content = loadContent({ contentDir, rfcDir });
const commands = content.commands.map((c) => ({ id: c.id, data: c.data }));
const codes = content.codes.map((c) => c.code);

describe('related codes', () => {
  it('puts the transient or permanent counterpart first, with its sourced reason', () => {
    expect(relatedCodes(450, { codes, seeAlso: [], commands })[0]).toEqual({
      code: 550,
      kind: 'counterpart',
      reason: expect.stringMatching(/^450 and 550 both report an unavailable file/),
    });
    expect(relatedCodes(552, { codes, seeAlso: [], commands })[0]?.code).toBe(452);
    // The same last two digits make no counterpart.
    expect(relatedCodes(421, { codes, seeAlso: [], commands }).map((r) => r.code)).not.toContain(521);
  });

  it('never lists the code itself or a code without a page, and lists each once', () => {
    const related = relatedCodes(550, { codes, seeAlso: [550, 999, 450], commands });
    const list = related.map((r) => r.code);
    expect(list).not.toContain(550);
    expect(list).not.toContain(999);
    expect(new Set(list).size).toBe(list.length);
  });

  it('includes alternative replies to the same commands', () => {
    const related = relatedCodes(226, { codes, seeAlso: [], commands }).map((r) => r.code);
    expect(related).toContain(250);
  });

  it('lists at most four codes that stand in the same place, naming the commands', () => {
    const same = relatedCodes(500, { codes, seeAlso: [], commands }).filter((r) => r.kind === 'same-place');
    expect(same).toHaveLength(4);
    for (const r of same) expect(r.reason).toMatch(/^Can answer .+ where 500 can\.$/);
  });
});

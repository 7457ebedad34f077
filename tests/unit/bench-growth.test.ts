/** The growth benchmark (scripts/lib/bench-growth.mjs): its synthetic content is real content that passes the check. */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renumber, syntheticContent, syntheticNumbers } from '../../scripts/lib/bench-growth.mjs';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { RFC_DIR } from '../../src/lib/content/content-dir.ts';

describe('growth benchmark content', () => {
  it('gives each code copies under the lowest unused numbers of its own class', () => {
    const copies = syntheticNumbers([200, 202, 550, 10054], 3);
    expect(copies.get(200)).toEqual([201, 203]);
    expect(copies.get(202)).toEqual([204, 205]);
    expect(copies.get(550)).toEqual([500, 501]);
    expect(copies.get(10054)).toEqual([10000, 10001]);
    expect(() => syntheticNumbers([631, 632, 633], 40)).toThrow(/no free numbers left in 600-699/);
  });

  it('renumbers the body only, and leaves section numbers alone', () => {
    const text = '---\nabout: 421 at login\n---\nSee RFC 959 4.2.1; S: 421 Bye. [421](/codes/421)\n';
    expect(renumber(text, 421, 401)).toBe(
      '---\nabout: 421 at login\n---\nSee RFC 959 4.2.1; S: 401 Bye. [401](/codes/401)\n',
    );
  });

  it('doubles the real codes with files that pass the content check', () => {
    const { dir, codes } = syntheticContent('content', 2);
    try {
      const real = readdirSync('content/codes').filter((f) => /^\d+\.mdx?$/.test(f)).length;
      expect(codes).toBe(real * 2);
      expect(readdirSync(join(dir, 'codes')).filter((f) => /^\d+\.mdx?$/.test(f))).toHaveLength(real * 2);
      const realCodes = readdirSync('content/codes').map((f) => parseInt(f, 10));
      const [copyOf550] = syntheticNumbers(realCodes, 2).get(550)!;
      const copy = readFileSync(join(dir, 'codes', `${copyOf550}.md`), 'utf8');
      expect(copy).toMatch(new RegExp(`^S: ${copyOf550} `, 'm'));
      expect(copy).not.toMatch(/^S: 550 /m);
      expect(checkContent({ contentDir: dir, rfcDir: RFC_DIR })).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

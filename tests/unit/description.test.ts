import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/content-check.ts';
import { MAX_DESCRIPTION, metaDescription } from '../../src/lib/site/description.ts';
import { contentDir, rfcDir } from '../support/paths.ts';

describe('metaDescription', () => {
  it('keeps a summary that fits as it is', () => {
    expect(metaDescription('The file was not found; check the path.')).toBe('The file was not found; check the path.');
  });

  it('cuts a long summary at its last clause in the second half, with an ellipsis', () => {
    const text = `${'a'.repeat(120)}, ${'b'.repeat(50)}; ${'c'.repeat(60)}`;
    expect(metaDescription(text)).toBe(`${'a'.repeat(120)}, ${'b'.repeat(50)}…`);
  });

  it('cuts at a word when no clause ends late enough', () => {
    const text = `${'word '.repeat(60)}end`;
    const cut = metaDescription(text);
    expect(cut.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
    expect(cut).toMatch(/word…$/);
  });

  it('fits every real code summary into 200 characters without cutting a word in half', () => {
    for (const { code, data } of loadContent({ contentDir, rfcDir }).codes) {
      const d = metaDescription(data.summary);
      expect(d.length, String(code)).toBeLessThanOrEqual(MAX_DESCRIPTION);
      if (d !== data.summary)
        expect(
          data.summary.startsWith(d.slice(0, -1)) && /[\s,;:]/.test(data.summary[d.length - 1] ?? ''),
          String(code),
        ).toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, ogImageKey, ogImagePng, ogLabel, type OgCard } from '../../src/lib/site/og-image.ts';
import { pngSize } from '../support/png.ts';

describe('Open Graph cards', () => {
  it('label a code with its class and group, or with its standing', () => {
    expect(ogLabel(550, 'standard')).toBe('5yz Permanent Negative Completion · x5z File system');
    expect(ogLabel(430, 'non-standard')).toBe('4yz Transient Negative Completion · non-standard');
    expect(ogLabel(10054, 'not-ftp')).toBe('Not an FTP reply: a client-side socket error');
  });

  it('render a 1200x630 PNG with the bundled font, no network', async () => {
    const png = await ogImagePng({
      code: 550,
      name: 'File unavailable',
      label: ogLabel(550, 'standard'),
      classDigit: 5,
      host: 'example.org',
    });
    expect(pngSize(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    expect(png.length).toBeLessThan(100 * 1024);
  });

  it('are cached under a key that changes with anything they show, and only then', () => {
    const card: OgCard = {
      code: 550,
      name: 'File unavailable',
      label: ogLabel(550, 'standard'),
      classDigit: 5,
      host: 'example.org',
    };
    const key = ogImageKey(card);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(ogImageKey({ ...card })).toBe(key);
    for (const changed of [
      { name: 'File not available' },
      { code: 551 },
      { label: ogLabel(550, 'non-standard') },
      { classDigit: 4 },
      { host: 'ftp-reply-codes.org' },
    ]) {
      expect(ogImageKey({ ...card, ...changed }), JSON.stringify(changed)).not.toBe(key);
    }
  });
});

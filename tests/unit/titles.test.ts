import { describe, expect, it } from 'vitest';
import { clip, MAX_CRUMB, MAX_TITLE, pageTitle } from '../../src/lib/site/titles.ts';

describe('page titles', () => {
  it('append the site name when it fits', () => {
    expect(pageTitle('550 File unavailable')).toBe('550 File unavailable | FTP reply codes');
  });

  it('leave the site name out rather than run past the limit', () => {
    const long = '232 User logged in, authorized by security data exchange';
    expect(pageTitle(long)).toBe(long);
    expect(pageTitle(long).length).toBeLessThanOrEqual(MAX_TITLE);
  });
});

describe('breadcrumb labels', () => {
  it('are cut at a word past MAX_CRUMB characters, and left alone below it', () => {
    const long = 'PASV returned another host ({address}) for data transfer that you have connected to';
    const cut = clip(long);
    expect(cut.length).toBeLessThanOrEqual(MAX_CRUMB);
    expect(cut).toMatch(/^PASV returned another host .*[^ ]…$/);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(clip('550 Failed to open file.')).toBe('550 Failed to open file.');
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_TITLE, pageTitle } from '../../src/lib/site/titles.ts';

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

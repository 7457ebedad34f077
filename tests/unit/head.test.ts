import { describe, expect, it } from 'vitest';
import { BASE_HEAD, mergeHead, pageHead, redirectHead } from '../../src/lib/site/head.ts';

const site = new URL('https://example.org');

describe('head', () => {
  it('starts every page with charset, viewport and the Content-Security-Policy', () => {
    for (const head of [
      pageHead({ title: 'Search', description: 'Search the codes.', path: '/search' }, site),
      redirectHead('/codes/550', '550 File unavailable', site),
    ]) {
      expect(head.slice(0, 3)).toEqual(BASE_HEAD);
    }
  });

  it('keeps one tag of a kind, the later one, where the first stood', () => {
    const merged = mergeHead(
      [
        { tag: 'title', attrs: {}, content: 'A' },
        { tag: 'meta', attrs: { name: 'description', content: 'a' } },
      ],
      [
        { tag: 'meta', attrs: { name: 'description', content: 'b' } },
        { tag: 'title', attrs: {}, content: 'B' },
      ],
    );
    expect(merged).toEqual([
      { tag: 'title', attrs: {}, content: 'B' },
      { tag: 'meta', attrs: { name: 'description', content: 'b' } },
    ]);
  });

  it('gives the home page its own title and a page without a path no canonical link or JSON-LD', () => {
    const home = pageHead({ title: 'FTP reply codes', description: 'Every code.', path: '/' }, site);
    expect(home.find((e) => e.tag === 'title')?.content).toBe('FTP reply codes: every FTP server reply explained');
    const lost = pageHead({ title: 'Page not found', description: 'No such page.', noindex: true }, site);
    expect(lost.some((e) => e.attrs.rel === 'canonical' || e.tag === 'script')).toBe(false);
    expect(lost).toContainEqual({ tag: 'meta', attrs: { name: 'robots', content: 'noindex,follow' } });
  });
});

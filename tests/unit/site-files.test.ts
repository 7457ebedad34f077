import { describe, expect, it } from 'vitest';
import { redirectsFile, robotsTxt, sitemapXml } from '../../src/lib/site/site-files.ts';

describe('site files', () => {
  it('list absolute URLs in a sitemap, escaped, with lastmod where known', () => {
    const xml = sitemapXml([
      { loc: 'https://example.org/', lastmod: '2026-11-27T10:00:00+00:00' },
      { loc: 'https://example.org/a&b' },
    ]);
    expect(xml).toContain('<url><loc>https://example.org/</loc><lastmod>2026-11-27T10:00:00+00:00</lastmod></url>');
    expect(xml).toContain('<loc>https://example.org/a&amp;b</loc>');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it('point robots at the sitemap', () => {
    expect(robotsTxt('https://example.org/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n',
    );
  });

  it('redirect short links with 301, the picker and the lookup form with 302', () => {
    const lines = redirectsFile([125, 221], ['retr']).trim().split('\n');
    expect(lines).toEqual([
      '/compare/go a=:a b=:b /compare/:a-vs-:b 302',
      '/lookup q=125 /codes/125 302',
      '/lookup q=221 /codes/221 302',
      '/lookup q=RETR /commands/retr 302',
      '/lookup q=retr /commands/retr 302',
      '/125 /codes/125 301',
      '/221 /codes/221 301',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/lib/site/search-excerpt.ts';
import { queryWords, relaxedSearch, searchStatus, type Found } from '../../src/lib/site/search-fallback.ts';
import { rerank } from '../../src/lib/site/search-ranking.ts';
import { cleanResultUrl, resultHead } from '../../src/lib/site/search-result.ts';

describe('excerptParts', () => {
  it('splits at the marks and turns escaped characters back into text', () => {
    expect(excerptParts('Failed to open <mark>file.</mark> &lt;path&gt; &amp; more')).toEqual([
      { text: 'Failed to open ', mark: false },
      { text: 'file.', mark: true },
      { text: ' <path> & more', mark: false },
    ]);
  });

  it('keeps tag-like text that is not a mark as text, and joins runs of the same kind', () => {
    expect(excerptParts('&lt;script&gt;x<mark>a</mark><mark>b</mark><b>')).toEqual([
      { text: '<script>x', mark: false },
      { text: 'ab', mark: true },
      { text: '<b>', mark: false },
    ]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('resultHead', () => {
  it('takes the code from the code meta, a server code page address or a message title', () => {
    expect(resultHead('/codes/550.html', { title: '550 File unavailable', code: '550' })).toEqual({
      url: '/codes/550',
      code: 550,
      colour: 'c5',
      name: 'File unavailable',
    });
    expect(resultHead('/ftp/servers/proftpd/codes/226.html', { title: 'ProFTPD: its 226 replies' })).toEqual({
      url: '/ftp/servers/proftpd/codes/226',
      code: 226,
      colour: 'c2',
      name: 'ProFTPD: its 226 replies',
    });
    expect(resultHead('/servers/vsftpd/login-incorrect.html', { title: '530 Login incorrect.' })).toMatchObject({
      code: 530,
      name: 'Login incorrect.',
    });
    expect(
      resultHead('/codes/10060.html', { title: '10060 Connection timed out (Winsock)', code: '10060' }),
    ).toMatchObject({ code: 10060, colour: 'c0' });
  });

  it('gives pages about no single code no code, even when their title starts with a number', () => {
    expect(resultHead('/commands/rnfr.html', { title: 'RNFR: Rename from' })).toEqual({
      url: '/commands/rnfr',
      name: 'RNFR: Rename from',
    });
    expect(resultHead('/clients/curl/exit-9.html', { title: '550 denied' })).toEqual({
      url: '/clients/curl/exit-9',
      name: '550 denied',
    });
    expect(cleanResultUrl('/guides/ftps.html#tls')).toBe('/guides/ftps#tls');
  });
});

describe('relaxedSearch', () => {
  /** A fake index: each page is its set of words; a query finds the pages holding all its words. */
  const pages: Record<string, string[]> = {
    '/codes/550': ['550', 'permission', 'denied', 'file', 'unavailable'],
    '/codes/553': ['553', 'could', 'not', 'create', 'file'],
    '/servers/vsftpd/create-failed': ['553', 'could', 'not', 'create', 'file', 'vsftpd'],
  };
  const queries: string[] = [];
  const search = async (q: string): Promise<Found<string>> => {
    queries.push(q);
    const words = queryWords(q).map((w) => w.toLowerCase());
    const items = Object.keys(pages).filter((url) => words.every((w) => pages[url]!.includes(w)));
    return { items, score: items.length > 0 ? words.length + (items[0]!.includes('servers') ? 0.5 : 0) : 0 };
  };

  it('returns what the whole query finds, when it finds something', async () => {
    const found = await relaxedSearch('permission denied', search);
    expect(found).toMatchObject({ items: ['/codes/550'], relaxed: false, terms: ['permission', 'denied'] });
  });

  it('leaves out the words no page holds: a whole pasted line', async () => {
    const found = await relaxedSearch('Response: 550 Permission denied', search);
    expect(found).toMatchObject({ items: ['/codes/550'], relaxed: true, terms: ['550', 'Permission', 'denied'] });
    expect(searchStatus('Response: 550 Permission denied', found)).toBe(
      'No page has all of “Response: 550 Permission denied”; showing the page with “550 Permission denied”.',
    );
    const perm = await relaxedSearch('ftplib.error_perm: 553 Could not create file.', search);
    expect(perm.terms).toEqual(['553', 'Could', 'not', 'create', 'file']);
    expect(perm.items).toEqual(['/codes/553', '/servers/vsftpd/create-failed']);
  });

  it('drops one more word while the rest find nothing together, keeping the best', async () => {
    // "550" and "553" are each on a page, never together: the search without 550 finds the better page.
    const found = await relaxedSearch('550 553 could', search);
    expect(found).toMatchObject({ relaxed: true, terms: ['553', 'could'] });
  });

  it('says when nothing is found at all, and searches a bounded number of times', async () => {
    queries.length = 0;
    const found = await relaxedSearch('nothing here matches at all', search);
    expect(found).toMatchObject({ items: [], relaxed: false });
    expect(searchStatus('nothing here', found)).toBe('No page found for “nothing here”.');
    expect(queries.length).toBeLessThanOrEqual(40);
  });

  it('reads the words of a pasted line', () => {
    expect(queryWords('< 550 Failed to open file.')).toEqual(['550', 'Failed', 'to', 'open', 'file']);
    expect(queryWords('---> PASV  ---> pasv')).toEqual(['PASV']);
  });
});

describe('rerank', () => {
  const r = (url: string, title: string, score: number) => ({ url, title, score });

  it('puts the code page first when several servers send the best result’s text', () => {
    const results = [
      r('/servers/vsftpd/login-incorrect', '530 Login incorrect.', 28),
      r('/servers/proftpd/login-incorrect', '530 Login incorrect.', 27),
      r('/codes/530', '530 Not logged in', 11),
    ];
    expect(rerank(results, '/').map((x) => x.url)).toEqual([
      '/codes/530',
      '/servers/vsftpd/login-incorrect',
      '/servers/proftpd/login-incorrect',
    ]);
  });

  it('leaves a text only one server sends first, and weighs pages by kind', () => {
    const results = [
      r('/ftp/servers/vsftpd/cannot-change-directory', '500 OOPS: cannot change directory:<path>', 40),
      r('/ftp/servers/vsftpd', 'vsftpd: what it says, and how to fix it', 17),
      r('/ftp/codes/500', '500 Syntax error', 15.7),
    ];
    expect(rerank(results, '/ftp/').map((x) => x.url)).toEqual([
      '/ftp/servers/vsftpd/cannot-change-directory',
      '/ftp/codes/500',
      '/ftp/servers/vsftpd',
    ]);
    expect(rerank([], '/')).toEqual([]);
  });
});

describe('queryWords', () => {
  it('leaves out the timestamps and process ids of a pasted log line', () => {
    expect(queryWords('[32649] 2026-11-27 16:28:57 <--- 530 Login incorrect.')).toEqual(['530', 'Login', 'incorrect']);
    expect(queryWords('Status: 10:04:31.250 Connection established')).toEqual(['Status', 'Connection', 'established']);
    expect(queryWords('ftplib.error_perm: 553')).toEqual(['ftplib.error_perm', '553']);
  });
});

/**
 * The site under a base path (BASE_PATH=/ftp, as `npm run build:base` deploys it): every URL the
 * site layer makes stays inside it. The URL module reads the base when it loads, so each test
 * loads the modules afresh with Vite's BASE_URL set as Astro sets it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

async function underBase(base: string | undefined) {
  vi.stubEnv('BASE_URL', base);
  vi.resetModules();
  return {
    urls: await import('../../src/lib/site/urls.ts'),
    ...(await import('../../src/lib/site/ticket-note.ts')),
    ...(await import('../../src/lib/ftp/explain.ts')),
    ...(await import('../../src/lib/ftp/transcript.ts')),
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('URLs under a base path', () => {
  it('every page and file URL starts with the base path', async () => {
    const { urls } = await underBase('/ftp/');
    expect([
      urls.homeUrl,
      urls.codeUrl(550),
      urls.commandUrl('RETR'),
      urls.compareUrl(221, 125),
      urls.compareIdUrl('221-vs-125'),
      urls.shortCodeUrl(550),
      urls.searchQueryUrl('disk full'),
      urls.ogImageUrl(550),
      urls.apiUrls.code(550),
      urls.pagefindUrl('pagefind.js'),
      urls.faviconUrl,
    ]).toEqual([
      '/ftp/',
      '/ftp/codes/550',
      '/ftp/commands/retr',
      '/ftp/compare/125-vs-221',
      '/ftp/compare/221-vs-125',
      '/ftp/550',
      '/ftp/search?q=disk%20full',
      '/ftp/og/codes/550.png',
      '/ftp/api/codes/550.json',
      '/ftp/pagefind/pagefind.js',
      '/ftp/favicon.svg',
    ]);
  });

  it('outside Vite (the integrations that write files) the base comes from BASE_PATH, as astro.config.mjs reads it', async () => {
    vi.stubEnv('BASE_PATH', '/ftp');
    const { urls } = await underBase(undefined);
    expect(urls.shortCodeUrl(550)).toBe('/ftp/550');
    expect(urls.outputFile(urls.compareIdUrl('221-vs-125'))).toBe('compare/221-vs-125.html');
    expect(urls.outputFile(urls.ogImageUrl(550))).toBe('og/codes/550.png');
    expect(() => urls.outputFile('/compare/221-vs-125')).toThrow(RangeError);
  });

  it('the explainer ticket note links every code inside the base path', async () => {
    const { explain, sessionTicketNote, parseTranscript } = await underBase('/ftp/');
    const page = { summary: 'x', status: 'standard' };
    const data = {
      codes: { '220': { name: 'Ready', ...page }, '530': { name: 'Not logged in', ...page } },
      notes: {},
      catalogue: { errors: [], messages: [], clients: [], clientNames: {} },
    };
    const log = 'S: 220 Ready\nC: USER a\nS: 331 Pw\nC: PASS b\nS: 530 Login incorrect.';
    const note = sessionTicketNote(explain(parseTranscript(log), data), 'https://example.org');
    const links = note.match(/https:\/\/example\.org\S*/g) ?? [];
    // The first failure, the finding about the refused login, and two replies.
    expect(links).toHaveLength(4);
    expect(links.filter((l) => !l.startsWith('https://example.org/ftp/codes/'))).toEqual([]);
  });
});

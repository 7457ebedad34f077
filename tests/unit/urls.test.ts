import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  anchorId,
  apiUrls,
  codeUrl,
  commandUrl,
  compareIdUrl,
  compareUrl,
  ogImageUrl,
  outputFile,
  pagefindUrl,
  searchQueryUrl,
  shortCodeUrl,
} from '../../src/lib/site/urls.ts';

describe('URLs', () => {
  it('spells code and command URLs without trailing slash or .html', () => {
    expect(codeUrl(550)).toBe('/codes/550');
    expect(commandUrl('RETR')).toBe('/commands/retr');
    expect(commandUrl('connection')).toBe('/commands/connection');
  });

  it('links a pair to its one comparison page, lower code first, whatever the order given', () => {
    expect(compareUrl(550, 450)).toBe('/compare/450-vs-550');
    expect(compareUrl(450, 550)).toBe('/compare/450-vs-550');
    expect(compareUrl(10054, 426)).toBe('/compare/426-vs-10054');
  });

  it('spells a pair id as written, for the reversed address and the redirect pattern', () => {
    expect(compareIdUrl('221-vs-125')).toBe('/compare/221-vs-125');
    expect(compareIdUrl(':a-vs-:b')).toBe('/compare/:a-vs-:b');
  });

  it('makes a short link per code, a search address per query, and the files beside the pages', () => {
    expect(shortCodeUrl(550)).toBe('/550');
    expect(searchQueryUrl('disk full & more')).toBe('/search?q=disk%20full%20%26%20more');
    expect(ogImageUrl(550)).toBe('/og/codes/550.png');
    expect(outputFile(ogImageUrl(550))).toBe('og/codes/550.png');
    expect(outputFile(codeUrl(550))).toBe('codes/550.html');
    expect(pagefindUrl('pagefind.js')).toBe('/pagefind/pagefind.js');
    expect([apiUrls.page, apiUrls.codes, apiUrls.code(550), apiUrls.commands, apiUrls.schema('code')]).toEqual([
      '/api',
      '/api/codes.json',
      '/api/codes/550.json',
      '/api/commands.json',
      '/api/schema/code.json',
    ]);
  });

  it('makes anchor ids from heading texts', () => {
    expect(anchorId('File action commands')).toBe('file-action-commands');
    expect(anchorId('Socket errors and replies')).toBe('socket-errors-and-replies');
  });

  it('makes canonical URLs absolute on the configured site', () => {
    expect(absoluteUrl('/codes/550', 'https://example.org')).toBe('https://example.org/codes/550');
  });
});

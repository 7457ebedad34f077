import { describe, expect, it } from 'vitest';
import { absoluteUrl, anchorId, codeUrl, commandUrl } from '../../src/lib/site/urls.ts';

describe('URLs', () => {
  it('spells code and command URLs without trailing slash or .html', () => {
    expect(codeUrl(550)).toBe('/codes/550');
    expect(commandUrl('RETR')).toBe('/commands/retr');
    expect(commandUrl('connection')).toBe('/commands/connection');
  });

  it('makes anchor ids from heading texts', () => {
    expect(anchorId('File action commands')).toBe('file-action-commands');
    expect(anchorId('Socket errors and replies')).toBe('socket-errors-and-replies');
  });

  it('makes canonical URLs absolute on the configured site', () => {
    expect(absoluteUrl('/codes/550', 'https://example.org')).toBe('https://example.org/codes/550');
  });
});

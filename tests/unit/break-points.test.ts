/** Long technical tokens break where a person would split them, never mid-word. */
import { describe, expect, it } from 'vitest';
import { breakParts } from '../../src/lib/site/break-points.ts';

describe('breakParts', () => {
  it('breaks a long dotted name before each new name', () => {
    expect(breakParts('System.Net.Sockets')).toEqual(['System.', 'Net.', 'Sockets']);
  });

  it('breaks a very long camel-case name between its words, a shorter one not at all', () => {
    expect(breakParts('changeWorkingDirectory(),')).toEqual(['change', 'Working', 'Directory(),']);
    expect(breakParts('(FtpStatusCode.ActionNotTakenFileUnavailable)')).toEqual([
      '(Ftp',
      'Status',
      'Code.',
      'Action',
      'Not',
      'Taken',
      'File',
      'Unavailable)',
    ]);
    expect(breakParts('DialWithDebugOutput FtpWebRequest')).toEqual(['DialWithDebugOutput FtpWebRequest']);
  });

  it('breaks after underscores, slashes and backslashes', () => {
    expect(breakParts('%windir%\\System32\\inetsrv')).toEqual(['%windir%\\', 'System32\\', 'inetsrv']);
    expect(breakParts('CURLE_REMOTE_ACCESS_DENIED')).toEqual(['CURLE_', 'REMOTE_', 'ACCESS_', 'DENIED']);
    expect(breakParts('/home/alice/reports/summary.txt')).toEqual(['/', 'home/', 'alice/', 'reports/', 'summary.txt']);
  });

  it('leaves short tokens, sentences and file extensions whole', () => {
    expect(breakParts('Set ssl_enable=YES. Then retry.')).toEqual(['Set ssl_enable=YES. Then retry.']);
    expect(breakParts('the file /api/schema/messages.json here')).toEqual([
      'the file /',
      'api/',
      'schema/',
      'messages.json here',
    ]);
  });

  it('gives the text back unchanged when joined', () => {
    const text = 'curl: (9) Server denied you to change to the given directory CURLE_REMOTE_ACCESS_DENIED';
    expect(breakParts(text).join('')).toBe(text);
  });
});

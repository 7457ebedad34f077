import { describe, expect, it } from 'vitest';
import { pastedCode, stripDecorations } from '../../src/lib/ftp/pasted-line.ts';
import { parseTranscript } from '../../src/lib/ftp/transcript.ts';
import { canonicalPath } from '../../src/lib/site/canonical-path.ts';
import { lookupData } from '../../src/lib/site/lookup-data.ts';
import { needsCatalogue, resolveLookup, type LookupAnswer } from '../../src/lib/site/lookup.ts';
import { noPageFor } from '../../src/lib/site/no-page.ts';
import { rfcLines } from '../../tests/support/rfc-tables.ts';
import { realSiteContent } from '../support/site-content.ts';
import { readTranscript, transcriptFiles } from '../support/transcripts.ts';
import { readdirSync } from 'node:fs';
import { rfcDir } from '../support/paths.ts';

const content = realSiteContent();
const index = {
  codes: new Set(content.codes.map((c) => c.code)),
  commands: new Set(content.commands.filter((c) => c.data.kind === 'command').map((c) => c.id)),
};
const catalogue = lookupData(content);
/** What the lookup box does with a query: the catalogue is there when the query needs it. */
const answer = (q: string): LookupAnswer => resolveLookup(q, index, needsCatalogue(q) ? catalogue : undefined);
const go = (q: string) => {
  const a = answer(q);
  return 'go' in a ? a.go : `said: ${a.say}`;
};

describe('lookup: codes, pairs, classes, commands and addresses', () => {
  it('takes a code to its page', () => {
    expect(go('550')).toBe('/codes/550');
    expect(go('  550  ')).toBe('/codes/550');
    expect(go('10054')).toBe('/codes/10054');
  });

  it('takes two codes in any spelling to their comparison, lower first', () => {
    for (const q of ['125 221', '125 vs 221', '125 VS. 221', '221-vs-125', '221 vs 125', '125,221', '125-221'])
      expect(go(q), q).toBe('/compare/125-vs-221');
    for (const q of ['550 or 450', '450 and 550', '550 versus 450', '550 / 450'])
      expect(go(q), q).toBe('/compare/450-vs-550');
    expect(go('550 550')).toBe('/codes/550');
  });

  it('says which of two numbers is no reply code, and offers the other', () => {
    const a = answer('553 vs 999');
    expect(a).toEqual({ say: noPageFor('999'), link: { text: '553', url: '/codes/553' } });
    expect(noPageFor('999')).toMatch(/^999 is not an FTP reply code: the first digit/);
  });

  it('takes a class to its place in the list of codes', () => {
    for (const [q, url] of [
      ['5xx', '/codes#class-5'],
      ['4yz', '/codes#class-4'],
      ['2XX', '/codes#class-2'],
      ['FTP error 5xx', '/codes#class-5'],
    ])
      expect(go(q!), q).toBe(url);
  });

  it('takes a command, or any spelling of a page address, to the canonical page', () => {
    expect(go('RETR')).toBe('/commands/retr');
    expect(go('pasv')).toBe('/commands/pasv');
    for (const q of ['/codes/550/', 'codes/550.html', 'https://example.org/codes/550', '/ftp/codes/550'])
      expect(go(q), q).toBe('/codes/550');
    expect(go('/commands/RETR')).toBe('/commands/retr');
    expect(go('/compare/221-vs-125')).toBe('/compare/125-vs-221');
    expect(canonicalPath('/codes/550/', index)).toBe('/codes/550');
    expect(canonicalPath('/commands/RETR', index)).toBe('/commands/retr');
    expect(canonicalPath('/codes/999', index)).toBeUndefined();
    expect(canonicalPath('/guides/ftps', index)).toBeUndefined();
  });

  it('sends anything else to search, encoded, and never runs what is pasted', () => {
    expect(go('disk full')).toBe('/search?q=disk%20full');
    expect(go('<script>alert(1)</script>')).toBe('/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(go('999')).toBe(`said: ${noPageFor('999')}`);
    // Huge pasted text is cut, not refused.
    expect(go(`${'x'.repeat(100_000)}`)).toMatch(/^\/search\?q=x+$/);
  });
});

describe('lookup: pasted lines land on their page', () => {
  it.each([
    // The lines people paste (issue 16), each with the page it must land on.
    ['Response: 550 Permission denied', /^\/(codes\/550|servers\/[a-z-]+\/(codes\/550#)?permission-denied)$/],
    ['< 550 Failed to open file.', /^\/servers\/vsftpd\/(failed-to-open-file|codes\/550#failed-to-open-file)$/],
    [
      'Response:\t550 Failed to open file.',
      /^\/servers\/vsftpd\/(failed-to-open-file|codes\/550#failed-to-open-file)$/,
    ],
    ['ftplib.error_perm: 553 Could not create file.', /^\/servers\/vsftpd\/(could-not-create-file|codes\/553#.+)$/],
    ['Error 550', /^\/codes\/550$/],
    ['FTP error 530', /^\/codes\/530$/],
    ['Error: 421', /^\/codes\/421$/],
    ['status code 226', /^\/codes\/226$/],
    ['socket error 10060', /^\/codes\/10060$/],
    ['Socket Error # 10061', /^\/codes\/10061$/],
    ['<--- 530 Login incorrect.', /^\/(codes\/530|servers\/[a-z-]+\/(codes\/530#)?login-incorrect)$/],
    ['---> PASV', /^\/commands\/pasv$/],
    [
      '[32649] 2026-11-27 16:28:57 <--- 421 Service not available, remote server has closed connection',
      /^\/(codes|servers\/[a-z-]+)\b.*421/,
    ],
    [
      '2026-11-27 16:28:57 12345 1 Response: 550 Failed to change directory.',
      /^\/servers\/vsftpd\/codes\/550#failed-to-change-directory$/,
    ],
    ['12:00:01\tStatus:\tConnection established, waiting for welcome message...', /^\/search\?q=/],
    ['500 OOPS: cannot change directory:/home/alice', /^\/servers\/vsftpd\/cannot-change-directory$/],
    ['curl: (9) Server denied you to change to the given directory', /^\/clients\/curl\/exit-9$/],
    ['curl: (28) Connection timed out after 30001 milliseconds', /^\/clients\/curl[/#]exit-28/],
    [
      'The remote server returned an error: (550) File unavailable (e.g., file not found, no access).',
      /^\/clients\/dotnet[/#].+/,
    ],
    ['S: 227 Entering Passive Mode (127,0,0,1,195,80).', /^\/(codes\/227|servers\/.+)$/],
    ['C: USER alice', /^\/commands\/user$/],
    ['Command:\tRETR report.csv', /^\/commands\/retr$/],
    // A word that is also a command is not one when no client logged it.
    ['Error:\tList failed', /^\/search\?q=List%20failed$/],
  ])('%s', (line, url) => {
    expect(go(line)).toMatch(url);
  });

  it('takes the failure out of a pasted stretch of log', () => {
    const log = [
      'Status:\tRetrieving directory listing...',
      'Command:\tPASV',
      'Response:\t425 Failed to establish connection.',
    ];
    expect(go(log.join('\n'))).toMatch(/^\/(codes\/425|servers\/vsftpd\/.+)$/);
  });

  it('does not take a count or an address for a code', () => {
    expect(pastedCode('Transferred 550 bytes in 1 second', () => true)).toBeUndefined();
    expect(pastedCode('Connecting to 192.168.1.200:21', () => true)).toBeUndefined();
    expect(go('Transferred 550 bytes')).toBe('/search?q=Transferred%20550%20bytes');
  });
});

describe('stripDecorations over the real captures', () => {
  // Every reply the explainer reads in a capture, in every client's format: the line without its decorations
  // starts with the reply's code.
  const files = transcriptFiles();
  it.each(files)('%s', (file) => {
    const text = readTranscript(file);
    const transcript = parseTranscript(text);
    // An IIS log row is a command and a status among other columns, no reply line.
    if (transcript.formats.includes('iis-w3c')) return;
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const wrong: string[] = [];
    for (const reply of transcript.replies) {
      const line = lines[reply.lineNumber - 1]!;
      // ftplib's repr folds a multi-line reply into one line; its first reply line is what the lookup sees.
      if (line.startsWith('*')) continue;
      if (!stripDecorations(line).startsWith(String(reply.code))) wrong.push(`${reply.lineNumber}: ${line}`);
    }
    expect(wrong).toEqual([]);
  });
  it('covers the captures', () => expect(files.length).toBeGreaterThan(100));
});

describe('noPageFor, for every number without a page', () => {
  // Every three-digit number any RFC here writes in a reply list or text ("   550 Requested action ...").
  const rfcNumbers = new Set<number>();
  for (const file of readdirSync(rfcDir).filter((f) => /^rfc\d+\.txt$/.test(f)))
    for (const line of rfcLines(Number(/\d+/.exec(file)![0])))
      for (const m of line.matchAll(/(?:^\s*|\breply (?:code )?)([1-6][0-5]\d)(?=[\s,.-])/gi))
        rfcNumbers.add(Number(m[1]));
  /** Numbers the RFCs write where the scan above looks, that are not reply codes they define. */
  const notReplies: Record<number, string> = {
    100: 'RFC 959 section 6 speaks of "100 series replies"',
    123: 'the example of a multi-line reply in RFC 959 section 4.2 and RFC 2228 section 5.2',
    128: 'a block-mode descriptor value in RFC 959 section 3.4.2',
    252: 'an SMTP reply in RFC 1123 section 5.2.3',
    416: 'part of a postal address in RFC 2428',
  };
  it('says a sentence that is true of it', () => {
    const wrong: string[] = [];
    for (let n = 0; n < 100_000; n++) {
      if (index.codes.has(n)) continue;
      const s = String(n);
      const said = noPageFor(s);
      if (!said.startsWith(`${s} is not `)) wrong.push(`${s}: ${said}`);
      if (s.length === 3 && /^[1-6]/.test(s)) {
        expect(said).toMatch(/that any RFC defines/);
        // "not a reply code that any RFC defines"
        if (rfcNumbers.has(n) && !notReplies[n]) wrong.push(`${s} is in an RFC: ${said}`);
      } else if (s.length === 3 && !said.includes('first digit')) wrong.push(`${s}: ${said}`);
      else if (s.length !== 3 && s.length !== 5 && !said.includes('three digits')) wrong.push(`${s}: ${said}`);
    }
    expect(wrong).toEqual([]);
  });
});

/**
 * The log formats beyond the clients' own: lftp with its pid, time and context prefixes, vsftpd's protocol log,
 * ProFTPD's debug output and TraceLog (all captured on 127.0.0.1), IIS FTP W3C logs and FileZilla Server's logs
 * (built from their documentation). Each is read into the codes its server sent, in order, each with the command
 * it answers; the new rules claim no line of any other fixture; an empty PASS stays empty.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskCommand, parseTranscript, type Transcript } from '../../src/lib/ftp/transcript.ts';
import { iisText } from '../../src/lib/site/explain-dom.ts';
import { readTranscript, transcriptFiles, transcriptsDir } from '../support/transcripts.ts';

const NEW_FORMATS = ['lftp-log', 'vsftpd-log', 'proftpd-log', 'iis-w3c', 'filezilla-server'];

/** Fixture -> the one format it must be read as. */
const FIXTURES: Record<string, string> = {
  'vsftpd-lftp-show-time-pid.txt': 'lftp-log',
  'proftpd-lftp-show-ctx.txt': 'lftp-log',
  'pureftpd-lftp-debug-file.txt': 'lftp-log',
  'vsftpd-lftp-protocol-log.txt': 'vsftpd-log',
  'vsftpd-curl-quit-server-log.txt': 'vsftpd-log',
  'proftpd-lftp-trace-log.txt': 'proftpd-log',
  'proftpd-lftp-debug-log.txt': 'proftpd-log',
  'iis-documented-w3c-log.txt': 'iis-w3c',
  'filezilla-server-documented-legacy-log.txt': 'filezilla-server',
  'filezilla-server-documented-1x-log.txt': 'filezilla-server',
};

const parse = (file: string) => parseTranscript(readTranscript(file));
const exchanges = (t: Transcript) => t.replies.map((r) => `${r.command?.line ?? '-'} -> ${r.code}`);
const codes = (t: Transcript) => t.replies.map((r) => r.code);
const expected = (file: string) =>
  JSON.parse(readFileSync(join(transcriptsDir, 'expected', file.replace(/\.txt$/, '.json')), 'utf8')) as {
    code: number;
    text: string;
  }[];

describe('reading servers’ logs and prefixed lftp logs', () => {
  it.each(Object.entries(FIXTURES))('%s is read as %s only, with its hand-checked replies', (file, format) => {
    const t = parse(file);
    expect(t.formats).toEqual([format]);
    expect(t.replies.map((r) => ({ code: r.code, text: r.text }))).toEqual(expected(file));
  });

  it("reads the same replies from lftp's prefixed output as the server logged for the same sessions", () => {
    // lftp talked to vsftpd and ProFTPD first; the servers' logs then hold one more (raw) session at the end.
    const lftpVsftpd = parse('vsftpd-lftp-show-time-pid.txt').replies;
    const vsftpd = parse('vsftpd-lftp-protocol-log.txt').replies;
    expect(lftpVsftpd.length).toBe(23);
    expect(lftpVsftpd.map((r) => `${r.code} ${r.text}`)).toEqual(
      vsftpd.slice(0, lftpVsftpd.length).map((r) => `${r.code} ${r.text}`),
    );
    const lftpProftpd = parse('proftpd-lftp-show-ctx.txt').replies;
    const trace = parse('proftpd-lftp-trace-log.txt').replies;
    expect(lftpProftpd.length).toBe(32);
    expect(exchanges({ ...parse('proftpd-lftp-show-ctx.txt') })).toEqual(
      exchanges({
        replies: trace.slice(0, lftpProftpd.length),
        commands: [],
        formats: [],
        sessions: [],
        clientLines: [],
      }),
    );
  });

  it('attaches each reply of a vsftpd protocol log to its command, the empty-PASS session included', () => {
    const t = parse('vsftpd-lftp-protocol-log.txt');
    // The 220 greets a new connection: it answers no command, least of all the last session's QUIT.
    expect(exchanges(t).slice(-6)).toEqual([
      '- -> 220',
      'PWD -> 530',
      'USER anonymous -> 331',
      'PASS ******** -> 230',
      'SIZE missing.txt -> 550',
      'QUIT -> 221',
    ]);
    // Continuation lines of FEAT ("vsftpd logs CR LF as ??") belong to the 211, which ends at "211 End".
    expect(t.replies[1]).toMatchObject({ code: 211, command: { verb: 'FEAT' } });
    expect(t.replies[1]!.lines.at(-1)).toBe('211 End');
  });

  it('counts each ProFTPD command once, refused-before-login ones included, in the TraceLog', () => {
    const t = parse('proftpd-lftp-trace-log.txt');
    expect(exchanges(t).slice(-5)).toEqual([
      'PWD -> 530',
      'USER anonymous -> 331',
      'PASS ******** -> 230',
      'SIZE missing.txt -> 550',
      'QUIT -> 221',
    ]);
    // ProFTPD clears its reply list once before each command it reads (and again for the OPTS_UTF8-style
    // sub-commands it hands OPTS to): one command per such line.
    const read = readTranscript('proftpd-lftp-trace-log.txt').match(
      /clearing response lists before dispatching command '[A-Z]+'/g,
    );
    expect(read?.length).toBe(33);
    expect(t.commands.length).toBe(read?.length);
    // The debug output of the same daemon names the same commands, and no reply.
    const debug = parse('proftpd-lftp-debug-log.txt');
    expect(debug.replies).toEqual([]);
    expect(debug.commands.map((c) => c.line)).toEqual(t.commands.map((c) => c.line));
  });

  it('reads lftp lines with the pid, the time or the context alone', () => {
    const t = parseTranscript(
      [
        '[29083] ---- Connecting to 127.0.0.1 (127.0.0.1) port 4700',
        '[29083] <--- 220 (vsFTPd 3.0.3)',
        '2026-12-06 12:55:02 ---> USER anonymous',
        '2026-12-06 12:55:02 <--- 331 Please specify the password.',
        '127.0.0.1 ---> PASS ********',
        '127.0.0.1 <--- 230 Login successful.',
      ].join('\n'),
    );
    expect(exchanges(t)).toEqual(['- -> 220', 'USER anonymous -> 331', 'PASS ******** -> 230']);
    expect(t.formats).toEqual(['lftp-log']);
  });

  it('reads every row of an IIS W3C log by the columns its #Fields line names, with substatus and Windows status', () => {
    const t = parse('iis-documented-w3c-log.txt');
    expect(exchanges(t)).toEqual([
      'USER anonymous -> 331',
      'PASS ******** -> 530',
      'USER alice -> 331',
      'PASS ******** -> 530',
      'USER alice -> 331',
      'PASS ******** -> 230',
      'opts utf8 on -> 200',
      'PWD -> 257',
      'CWD /reports/ -> 250',
      'TYPE I -> 200',
      'PASV -> 227',
      'SIZE q3.csv -> 213',
      'RETR q3.csv -> 226',
      'STOR upload.csv -> 550',
      'USER bob -> 534',
    ]);
    expect(t.replies.map((r) => r.iis).filter((s) => s?.substatus || s?.win32)).toEqual([
      { substatus: 42, win32: 1326 },
      { substatus: 41, win32: 1326 },
      { substatus: 2, win32: 5 },
      // The second #Fields block puts sc-substatus before sc-win32-status.
      { substatus: 25, win32: 0 },
    ]);
    expect(iisText({ substatus: 41, win32: 1326 })).toBe('IIS log: substatus 41, Windows status 1326.');
    expect(iisText({})).toBe('IIS log: no substatus or Windows status.');
  });

  it("reads FileZilla Server's 0.9 and 1.x logs, telling commands from replies and from its own messages", () => {
    const legacy = parse('filezilla-server-documented-legacy-log.txt');
    expect(codes(legacy)).toEqual([220, 331, 530, 530, 331, 230, 257, 200, 550, 227, 221]);
    expect(legacy.replies[0]!.lines).toHaveLength(3);
    expect(exchanges(legacy)[3]).toBe('PWD -> 530');
    expect(legacy.commands.map((c) => c.verb)).not.toContain('CONN');
    const modern = parse('filezilla-server-documented-1x-log.txt');
    expect(codes(modern)).toEqual([220, 331, 530, 331, 230, 257, 200, 227, 550, 221]);
    expect(exchanges(modern)[8]).toBe('RETR missing.txt -> 550');
    // The brief's 0.9 form, without the space after the id.
    const t = parseTranscript(
      [
        '(000001)12/6/2026 12:00:00 PM - alice (127.0.0.1)> USER alice',
        '(000001)12/6/2026 12:00:00 PM - alice (127.0.0.1)> 331 Password required for alice',
      ].join('\n'),
    );
    expect(exchanges(t)).toEqual(['USER alice -> 331']);
  });

  it("claims no line of any other fixture: every other capture is read as before, in the client's format", () => {
    const others = transcriptFiles().filter((f) => !(f in FIXTURES));
    expect(others.length).toBeGreaterThan(200);
    const claimed = others.filter((f) => parse(f).formats.some((format) => NEW_FORMATS.includes(format)));
    expect(claimed).toEqual([]);
  });
});

describe('an empty PASS', () => {
  it('is shown as sent: empty, not as masked characters', () => {
    expect(maskCommand('PASS')).toBe('PASS');
    expect(maskCommand('PASS ')).toBe('PASS');
    expect(maskCommand('pass   ')).toBe('PASS');
    expect(maskCommand('PASS x')).toBe('PASS ********');
    const t = parseTranscript('C: USER anonymous\nS: 331 Password\nC: PASS\nS: 230 Logged in');
    expect(exchanges(t)).toEqual(['USER anonymous -> 331', 'PASS -> 230']);
    // FileZilla Server 0.9 writes one * per character of the password, so an empty one is a bare PASS too.
    const fz = parseTranscript(
      '(000002) 12/6/2026 12:00:00 PM - (not logged in) (127.0.0.1)> PASS\n' +
        '(000002) 12/6/2026 12:00:00 PM - (not logged in) (127.0.0.1)> 530 Login or password incorrect!',
    );
    expect(exchanges(fz)).toEqual(['PASS -> 530']);
  });
});

/**
 * The log parser over every captured transcript: each yields exactly its
 * server replies, in order, each once. Raw transcripts carry the truth in
 * their "S: " lines; the others have hand-checked lists in expected/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReplies } from '../support/replies.ts';
import { maskCommand, parseTranscript } from '../../src/lib/ftp/transcript.ts';
import { readTranscript, transcriptFiles, transcriptsDir } from '../support/transcripts.ts';

const simple = (replies: { code: number; text: string }[]) => replies.map((r) => `${r.code} ${r.text}`);

describe('parsing captured transcripts', () => {
  it.each(
    transcriptFiles()
      .filter((f) => f.includes('-raw-'))
      .map((f) => [f]),
  )('%s: exactly the server replies, in order', (file) => {
    const text = readTranscript(file);
    const wire = parseReplies(
      text
        .split('\n')
        .filter((l) => l.startsWith('S: '))
        .map((l) => l.slice(3)),
    );
    expect(simple(parseTranscript(text).replies)).toEqual(simple(wire));
  });

  const expectedOf = (file: string) => {
    const expectedPath = join(transcriptsDir, 'expected', file.replace(/\.txt$/, '.json'));
    expect(existsSync(expectedPath), `no expected list for ${file}`).toBe(true);
    return JSON.parse(readFileSync(expectedPath, 'utf8')) as { code: number; text: string }[];
  };

  // A server's own log (vsftpd's log_ftp_protocol lines) is not a client's output, and the log
  // parser does not read that format: its hand-checked list is held against the logged replies.
  const serverLogs = transcriptFiles().filter((f) => f.endsWith('-server-log.txt'));
  it.each(serverLogs.map((f) => [f]))('%s: exactly the replies its server logged', (file) => {
    const logged = readTranscript(file)
      .split('\n')
      .map((line) => /FTP response: Client "[^"]*", "(\d{3}) (.*)"$/.exec(line))
      .filter((m) => m !== null)
      .map((m) => ({ code: Number(m[1]), text: m[2]!.trim() }));
    expect(logged.length).toBeGreaterThan(0);
    expect(simple(logged)).toEqual(simple(expectedOf(file)));
  });

  const others = transcriptFiles().filter((f) => !f.includes('-raw-') && !serverLogs.includes(f));
  it.each(others.map((f) => [f]))('%s: exactly the replies of its hand-checked list', (file) => {
    expect(simple(parseTranscript(readTranscript(file)).replies)).toEqual(simple(expectedOf(file)));
  });
});

describe('parsing pasted text', () => {
  it("reads Python ftplib's debug output, a multi-line reply folded into one repr included", () => {
    const t = parseTranscript(
      [
        "*welcome* '220 pyftpdlib 1.5.7 ready.'",
        "*cmd* 'FEAT'",
        "*resp* '211-Features supported:\\n MDTM\\n211 End FEAT.'",
        "*cmd* 'RETR missing.txt'",
        `*resp* "550 Can't open missing.txt."`,
        "ftplib.error_perm: 550 Can't open missing.txt.",
      ].join('\n'),
    );
    expect(t.formats).toEqual(['ftplib']);
    expect(t.replies.map((r) => [r.code, r.command?.verb, r.lineNumber])).toEqual([
      [220, undefined, 1],
      [211, 'FEAT', 3],
      [550, 'RETR', 5],
    ]);
    expect(t.replies[1]?.lines).toEqual(['211-Features supported:', ' MDTM', '211 End FEAT.']);
    expect(t.replies[2]?.text).toBe("Can't open missing.txt.");
  });

  it('reads a multi-line reply as one reply, digits inside it included', () => {
    const t = parseTranscript(
      ['S: 211-Features:', 'S:  SIZE', 'S: 123 not a reply', 'S: 211 End', 'C: QUIT', 'S: 221 Bye'].join('\n'),
    );
    expect(t.replies.map((r) => r.code)).toEqual([211, 221]);
    expect(t.replies[0]!.lines).toHaveLength(4);
  });

  it("does not take the client's commands or status lines for replies", () => {
    const t = parseTranscript(
      [
        '*   Trying 192.0.2.10:21...',
        '< 220 Ready',
        '> USER alice',
        '< 331 Password',
        '* 250 looks like a reply but is curl talking',
      ].join('\n'),
    );
    expect(t.replies.map((r) => r.code)).toEqual([220, 331]);
    expect(t.commands.map((c) => c.verb)).toEqual(['USER']);
    expect(t.formats).toEqual(['curl']);
  });

  it('attaches each reply to the command it answers', () => {
    const t = parseTranscript('---> RETR a.txt\n<--- 150 Opening\n<--- 226 Done');
    expect(t.replies.map((r) => r.command?.line)).toEqual(['RETR a.txt', 'RETR a.txt']);
  });

  it('never shows a password back, whatever the format', () => {
    expect(maskCommand('PASS hunter2')).toBe('PASS ********');
    expect(maskCommand('pass   s3cret with spaces')).toBe('PASS ********');
    expect(maskCommand('PASV')).toBe('PASV');
    const t = parseTranscript('Command:\tPASS hunter2\nResponse:\t230 OK\n> PASS x\n---> PASS y\nC: PASS z');
    expect(t.commands.every((c) => c.line === 'PASS ********')).toBe(true);
    expect(JSON.stringify(t)).not.toMatch(/hunter2|PASS [xyz]\b/);
  });

  it('reads FileZilla, WinSCP and lftp lines, also mixed in one paste', () => {
    const t = parseTranscript(
      [
        '2024-01-15 10:12:01 1234 1 Response: 220 Ready',
        'Command:\tUSER alice',
        'Response:\t331 Password required',
        '> 2024-01-15 10:12:02.100 PASS ********',
        '< 2024-01-15 10:12:02.150 230 Logged in',
        '---> PWD',
        '<--- 257 "/" is the current directory',
      ].join('\n'),
    );
    expect(t.replies.map((r) => r.code)).toEqual([220, 331, 230, 257]);
    expect(new Set(t.formats)).toEqual(new Set(['filezilla', 'winscp', 'lftp']));
  });

  it('reads bare reply lines, and counts a reply a client printed twice once', () => {
    const t = parseTranscript(
      [
        '220 Ready',
        '---> EPSV',
        '229 Entering Extended Passive Mode (|||40071|)',
        '229 Entering Extended Passive Mode (|||40071|)',
        '---> LIST',
        '150 Here it comes',
        '-rw-r--r-- 1 a a 57 Jan 15 hello.txt',
        '226 Done',
      ].join('\n'),
    );
    expect(t.replies.map((r) => r.code)).toEqual([220, 229, 150, 226]);
  });

  it('treats hostile text as text: no reply is made of markup, and markup survives as plain characters', () => {
    const t = parseTranscript(
      'S: 550 <img src=x onerror=alert(1)><script>alert(2)</script>\nS: 220 javascript:alert(3)',
    );
    expect(t.replies.map((r) => r.text)).toEqual([
      '<img src=x onerror=alert(1)><script>alert(2)</script>',
      'javascript:alert(3)',
    ]);
  });
});

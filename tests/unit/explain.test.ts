import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/content-check.ts';
import {
  addressKind,
  decode227,
  decode229,
  explain,
  explainData,
  isPrivateIPv4,
  sessionsLine,
} from '../../src/lib/ftp/explain.ts';
import { replyTopic } from '../../src/lib/ftp/reply-text.ts';
import { parseTranscript } from '../../src/lib/ftp/transcript.ts';
import { explainCatalogue } from '../../src/lib/site/explain-catalogue.ts';
import { sessionTicketNote } from '../../src/lib/site/ticket-note.ts';
import { contentDir, rfcDir } from '../support/paths.ts';
import { realSiteContent } from '../support/site-content.ts';
import { readTranscript, transcriptFiles } from '../support/transcripts.ts';

const content = loadContent({ contentDir, rfcDir });
const data = explainData(content.codes, content.commands, explainCatalogue(realSiteContent()));
const run = (text: string) => explain(parseTranscript(text), data);

describe('explaining a log', () => {
  it('decodes 227 and 229 replies', () => {
    expect(decode227('Entering Passive Mode (192,168,1,20,195,80).')).toEqual({ host: '192.168.1.20', port: 50000 });
    expect(decode227('Entering Passive Mode 192,0,2,10,4,1')).toEqual({ host: '192.0.2.10', port: 1025 });
    expect(decode227('Entering Passive Mode (999,0,2,10,4,1)')).toBeUndefined();
    expect(decode229('Entering Extended Passive Mode (|||40071|)')).toBe(40071);
    expect(decode229('Extended Passive mode OK (!!!6446!)')).toBe(6446);
    expect(decode229('no port here')).toBeUndefined();
  });

  it('knows the private address ranges', () => {
    expect(['10.0.0.5', '172.16.0.1', '172.31.255.1', '192.168.1.1'].every(isPrivateIPv4)).toBe(true);
    expect(['172.32.0.1', '192.0.2.10', '127.0.0.1', '8.8.8.8'].some(isPrivateIPv4)).toBe(false);
  });

  it('says what each reply means for the command it answers', () => {
    const e = run('S: 220 Ready\nC: RETR missing.txt\nS: 550 missing.txt: No such file');
    expect(e.replies[1]).toMatchObject({ code: 550, hasPage: true, failure: true, command: 'RETR missing.txt' });
    expect(e.replies[1]!.meaning).toBe(content.commands.find((c) => c.id === 'retr')!.data.replyNotes['550']);
    expect(e.firstFailure?.code).toBe(550);
  });

  it('spots a passive-mode NAT problem: a private 227 address, then 425', () => {
    const e = run(
      [
        'C: PASV',
        'S: 227 Entering Passive Mode (10,0,0,5,195,80).',
        'C: RETR a.txt',
        "S: 425 Can't open data connection.",
      ].join('\n'),
    );
    expect(e.replies[0]!.decoded).toBe('address 10.0.0.5, port 50000 (a private address)');
    expect(e.findings[0]).toMatchObject({ code: 425 });
    expect(e.findings[0]!.text).toMatch(/passive-mode NAT problem/);
  });

  it('tells a refused login from a session that never logged in', () => {
    expect(run('S: 220 Hi\nC: USER a\nS: 331 Pw\nC: PASS b\nS: 530 Login incorrect.').loggedIn).toBe('failed');
    expect(run('S: 220 Hi').loggedIn).toBe('no');
    expect(run('C: PASS b\nS: 230 OK').loggedIn).toBe('yes');
  });

  it('explains every reply of every captured transcript, and names codes it has no page for plainly', () => {
    for (const file of transcriptFiles()) {
      const e = run(readTranscript(file));
      expect(e.replies.length, file).toBe(parseTranscript(readTranscript(file)).replies.length);
      expect(
        e.replies.every((r) => r.hasPage && r.name && r.meaning),
        file,
      ).toBe(true);
    }
    expect(run('S: 299 Made up').replies[0]).toMatchObject({
      name: 'Not in this reference',
      hasPage: false,
      failure: false,
    });
  });

  it('writes a plain-text ticket note with codes, meanings and links, and no password', () => {
    const note = sessionTicketNote(run(readTranscript('vsftpd-curl-retr-missing.txt')), 'https://ftp-reply-codes.org');
    expect(note).toMatch(/^FTP session explained: \d+ server replies, 1 failures\./);
    expect(note).toContain('First failure: 550');
    expect(note).toContain('https://ftp-reply-codes.org/codes/550');
    expect(note).not.toMatch(/undefined|PASS (?!\*{8})/);
  });
});

describe('sessions', () => {
  it('starts a session at every connection line of curl, lftp, FileZilla, WinSCP and the capture harness', () => {
    const starts = (file: string) => parseTranscript(readTranscript(file)).sessions.map((s) => s.lineNumber);
    // curl --retry after a 421: the retry's "Trying" line, not its data connection's.
    expect(starts('vsftpd-curl-retry-421.txt')).toEqual([2, 10]);
    // Two curl runs appended, each "Trying" and "Connected to" its own control connection.
    expect(starts('vsftpd-curl-quit-verbose.txt')).toEqual([2, 31]);
    // lftp reconnecting after a 530 it was told to retry (ftp:retry-530).
    expect(starts('proftpd-lftp-retry-530.txt')).toEqual([3, 37, 71]);
    expect(starts('filezilla-proftpd-login-failures.txt')).toEqual([1, 20, 31]);
    expect(starts('winscp-proftpd-login-failures.txt')).toEqual([9, 28, 38]);
    expect(starts('vsftpd-raw-too-many-connections.txt')).toHaveLength(7);
  });

  it('starts a session at a fresh 220 after 221, 421 or QUIT, not at a 220 that answers a command', () => {
    const sessions = (log: string) => parseTranscript(log).replies.map((r) => r.session);
    expect(sessions('S: 220 A\nC: QUIT\nS: 221 Bye\nS: 220 B\nC: USER a\nS: 331 Pw')).toEqual([1, 1, 2, 2]);
    expect(sessions('S: 220 A\nC: USER a\nS: 421 Timeout.\nS: 220 B')).toEqual([1, 1, 2]);
    expect(sessions('S: 220 A\nC: QUIT\nS: 220 B')).toEqual([1, 2]);
    // 220 answers HOST and REIN (RFC 7151, RFC 959), and Pure-FTPd sends "220 Active mode is disabled" to PORT.
    expect(sessions(readTranscript('proftpd-lftp-retry-530.txt')).filter((s) => s === 1)).toHaveLength(8);
    expect(new Set(sessions(readTranscript('pureftpd-raw-port-transfers.txt')))).toEqual(new Set([1]));
    expect(sessions('S: 220 A\nC: REIN\nS: 220 B')).toEqual([1, 1]);
  });

  it("never attributes a reply to the previous session's last command", () => {
    for (const file of transcriptFiles()) {
      const text = readTranscript(file);
      const lines = text.split('\n');
      const t = parseTranscript(text);
      t.replies.forEach((r, i) => {
        if (i === 0 || r.session === t.replies[i - 1]!.session || !r.command) return;
        // A command it carries was logged inside its own session (the harness may go back to an older connection).
        const start = t.sessions[r.session - 1]!.lineNumber;
        const between = lines.slice(start, r.lineNumber - 1).join('\n');
        expect(between, `${file}:${r.lineNumber}`).toContain(r.command.line.split(' ')[0]);
      });
    }
    // The raw capture's first connection ends on a USER the server never answered.
    const e = run(readTranscript('vsftpd-raw-login-failures.txt'));
    expect(e.replies.find((r) => r.lineNumber === 24)).toMatchObject({ code: 220, session: 2 });
    expect(e.replies.find((r) => r.lineNumber === 24)!.command).toBeUndefined();
  });

  it('gives each session its login state, and marks where each starts in the list', () => {
    const e = run(readTranscript('proftpd-lftp-retry-530.txt'));
    expect(e.sessions.map((s) => s.loggedIn)).toEqual(['failed', 'failed', 'yes']);
    expect(e.loggedIn).toBe('yes');
    expect(sessionsLine(e)).toBe(
      '3 sessions: session 1 from line 3: login refused; session 2 from line 37: login refused; session 3 from line 71: logged in.',
    );
    expect(e.replies.filter((r) => r.startsSession).map((r) => r.startsSession)).toEqual([
      { number: 2, lineNumber: 37 },
      { number: 3, lineNumber: 71 },
    ]);
    const note = sessionTicketNote(e, 'https://ftp-reply-codes.org');
    expect(note).toContain('3 sessions: session 1 from line 3');
    expect(note).toContain('Session 2 (line 37):');
  });
});

describe('client lines', () => {
  const events = (file: string) => run(readTranscript(file)).clientEvents.map((c) => [c.lineNumber, c.text, c.url]);

  it("collects curl's error lines and exit line, linked to the curl error page", () => {
    expect(events('vsftpd-curl-retry-421.txt')).toEqual([
      [4, 'We got a 421 - timeout', undefined],
      [6, 'curl: (28) Timeout was reached', '/clients/curl/exit-28'],
      [7, 'Warning: Problem : timeout. Will retry in 8 seconds. 3 retries left.', undefined],
    ]);
    expect(events('none-curl-connection-refused.txt')).toEqual([
      [2, 'connect to 127.0.0.1 port 2479 failed: Connection refused', undefined],
      [3, "Failed to connect to 127.0.0.1 port 2479 after 0 ms: Couldn't connect to server", undefined],
      [
        5,
        "curl: (7) Failed to connect to 127.0.0.1 port 2479 after 0 ms: Couldn't connect to server",
        '/clients/curl/exit-7',
      ],
    ]);
    // Progress, TLS and certificate lines are not errors.
    expect(
      events('vsftpd-curl-tls.txt').every(([, text]) => !/TLSv|certificate verify|Connected/.test(String(text))),
    ).toBe(true);
  });

  it("collects lftp's, FileZilla's, WinSCP's and Python's error lines", () => {
    expect(events('none-lftp-connection-refused.txt').map(([n, text]) => [n, text])).toEqual([
      [4, '**** Socket error (Connection refused) - reconnecting'],
      [7, '**** Socket error (Connection refused) - reconnecting'],
      [9, 'ls: Fatal error: max-retries exceeded (Connection refused)'],
    ]);
    expect(events('none-lftp-connection-refused.txt')[2]![2]).toBe('/clients/lftp/max-retries-exceeded');
    expect(events('filezilla-proftpd-login-failures.txt')).toContainEqual([
      19,
      'Could not connect to server',
      '/clients/filezilla/could-not-connect-to-server',
    ]);
    expect(events('winscp-proftpd-login-failures.txt').map(([n, text]) => [n, text])).toEqual([
      [26, '(EFatal) Lost connection.'],
      [27, 'Connection reset by peer'],
    ]);
    expect(events('pyftpdlib-ftplib-bad-password.txt').map(([, text]) => text)).toEqual([
      'ftplib.error_perm: 530 Authentication failed.',
    ]);
  });

  it('puts what the client said in the ticket note', () => {
    const note = sessionTicketNote(run(readTranscript('vsftpd-curl-retry-421.txt')), 'https://ftp-reply-codes.org');
    expect(note).toContain(
      'Client said (line 6): curl: (28) Timeout was reached https://ftp-reply-codes.org/clients/curl/exit-28',
    );
  });
});

describe('findings that read the reply text', () => {
  const first = (file: string) => run(readTranscript(file)).findings[0]!;

  it('names the cause real texts give', () => {
    expect(replyTopic('There are too many connections from your internet address.')).toBe('limit');
    expect(replyTopic('Sorry, the maximum number of clients (2) from your host are already connected.')).toBe('limit');
    expect(replyTopic('5 users (the maximum) are already logged in, sorry')).toBe('limit');
    expect(replyTopic('Too many connections (5) from this IP')).toBe('limit');
    expect(replyTopic('Sorry, cleartext sessions and weak ciphers are not accepted on this server.')).toBe(
      'tls-required',
    );
    expect(replyTopic('Non-anonymous sessions must use encryption.')).toBe('tls-required');
    expect(replyTopic('SSL/TLS required on the control channel')).toBe('tls-required');
    expect(replyTopic('SSL/TLS required on the data channel')).toBe('tls-data');
    expect(replyTopic('Idle timeout (600 seconds): closing control connection')).toBe('timeout');
    expect(replyTopic('OOPS: cannot change directory:/home/alice')).toBe('fatal');
    expect(replyTopic('Login incorrect.')).toBeUndefined();
  });

  it('reads a 421 that demands TLS as a TLS finding, not a time-out', () => {
    const f = first('pureftpd-ftplib-tls-required-plain.txt');
    expect(f).toMatchObject({ code: 421 });
    expect(f.text).toMatch(/only over TLS/);
    expect(f.text).not.toMatch(/time-out/);
  });

  it('reads a 421 or a 530 that names a limit as a limit, not a time-out or a password', () => {
    const limit421 = first('vsftpd-curl-retry-421.txt');
    expect(limit421).toMatchObject({ code: 421, lineNumber: 3 });
    expect(limit421.text).toMatch(/limits was reached/);
    const e = run(readTranscript('proftpd-lftp-retry-530.txt'));
    expect(e.findings.map((f) => f.code)).toEqual([530]);
    expect(e.findings[0]!.text).toMatch(/not because of the password/);
    expect(e.findings.some((f) => /check the user name and password/.test(f.text))).toBe(false);
    expect(first('proftpd-raw-too-many-connections.txt').text).toMatch(/limits was reached/);
  });

  it('reads a 530 that demands encryption as a TLS finding', () => {
    expect(first('vsftpd-ftplib-tls-required-plain.txt').text).toMatch(/only over TLS/);
  });

  it('reads 500 OOPS as a fatal server error, naming the message and linking its page', () => {
    const e = run(readTranscript('vsftpd-raw-missing-home.txt'));
    const oops = e.replies.find((r) => r.code === 500)!;
    expect(oops.message).toEqual({
      server: 'vsftpd',
      text: 'OOPS: cannot change directory:{path}',
      url: '/servers/vsftpd/cannot-change-directory',
    });
    expect(oops.meaning).toMatch(/fatal error/);
    // The finding quotes the line the server sent, path and all.
    expect(e.findings[0]!.text).toContain(`fatal error ("${oops.text}")`);
    expect(oops.text).toMatch(/^OOPS: cannot change directory:\/srv\//);
    expect(e.findings[0]!.page).toEqual({
      title: 'vsftpd: OOPS: cannot change directory:…',
      url: '/servers/vsftpd/cannot-change-directory',
    });
  });

  it('links the catalogued message a reply is', () => {
    const e = run(readTranscript('proftpd-lftp-retry-530.txt'));
    expect(e.replies.find((r) => r.code === 530)!.message?.url).toBe('/servers/proftpd/max-clients-per-host');
    expect(run('S: 220 Ready\nC: NOOP\nS: 200 Fine').replies.every((r) => r.message === undefined)).toBe(true);
  });

  it('flags a 227 with a loopback, unspecified or private address unless the client connected to it', () => {
    expect(['127.0.0.2', '0.0.0.0', '10.255.255.1', '192.0.2.10'].map(addressKind)).toEqual([
      'loopback',
      'unspecified',
      'private',
      undefined,
    ]);
    // The control connection went to 127.0.0.1, the 227 named 127.0.0.2.
    const moved = run(readTranscript('vsftpd-curl-pasv-address.txt')).replies.find((r) => r.code === 227)!;
    expect(moved.decoded).toBe(
      "address 127.0.0.2, port 47128 (a loopback address: only the server's own machine reaches it)",
    );
    // The same address as the control connection is one the client reaches.
    const same = run(readTranscript('proftpd-lftp-retry-530.txt')).replies.find((r) => r.code === 227)!;
    expect(same.decoded).toBe('address 127.0.0.1, port 42224');
    const e = run('C: PASV\nS: 227 Entering Passive Mode (0,0,0,0,195,80).\nC: RETR a\nS: 425 No data connection');
    expect(e.replies[0]!.decoded).toBe(
      'address 0.0.0.0, port 50000 (the unspecified address: no machine can be reached at it)',
    );
    expect(e.findings[0]!.text).toMatch(/announced 0\.0\.0\.0/);
  });

  it('starts "What to check" with the failure "First failure" names', () => {
    for (const file of transcriptFiles()) {
      const e = run(readTranscript(file));
      const mine = e.findings.filter((f) => f.lineNumber === e.firstFailure?.lineNumber);
      if (mine.length > 0) expect(e.findings[0], file).toBe(mine[0]);
    }
    const e = run(readTranscript('proftpd-raw-too-many-connections.txt'));
    expect(e.findings[0]!.lineNumber).toBe(e.firstFailure!.lineNumber);
  });
});

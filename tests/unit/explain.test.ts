import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/content-check.ts';
import { decode227, decode229, explain, explainData, isPrivateIPv4 } from '../../src/lib/ftp/explain.ts';
import { parseTranscript } from '../../src/lib/ftp/transcript.ts';
import { sessionTicketNote } from '../../src/lib/site/ticket-note.ts';
import { contentDir, rfcDir } from '../support/paths.ts';
import { readTranscript, transcriptFiles } from '../support/transcripts.ts';

const content = loadContent({ contentDir, rfcDir });
const data = explainData(content.codes, content.commands);
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

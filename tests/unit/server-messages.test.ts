/**
 * Matching pasted lines against the server catalogue (src/lib/ftp/server-messages.ts), and the lookup landing
 * every catalogued message, pasted with real values in its variable parts, on its own page or row.
 */
import { describe, expect, it } from 'vitest';
import { replyLine } from '../../src/lib/ftp/reply-line.ts';
import {
  CLIENT_ERROR_MIN,
  literalLength,
  matchMessages,
  messageRegExp,
  PLACEHOLDER,
} from '../../src/lib/ftp/server-messages.ts';
import { allClientErrors } from '../../src/lib/site/client-errors.ts';
import { OS_ERRORS } from '../../src/lib/ftp/os-errors.ts';
import { needsCatalogue, resolveLookup, type LookupAnswer } from '../../src/lib/site/lookup.ts';
import { lookupData } from '../../src/lib/site/lookup-data.ts';
import { allMessages } from '../../src/lib/site/server-messages.ts';
import { realSiteContent } from '../support/site-content.ts';

const catalogue = [
  { code: 500, text: 'OOPS: cannot change directory:{path}' },
  { code: 550, text: '{path}: {error}' },
  { code: 550, text: 'Failed to open file.' },
  { code: 550, text: "Can't open {file}: {error}" },
];
const texts = (line: string) => matchMessages(line, catalogue, OS_ERRORS).map((m) => m.text);

describe('server message patterns', () => {
  it('match a pasted line with real values in the variable parts', () => {
    expect(texts('500 OOPS: cannot change directory:/home/alice')).toEqual(['OOPS: cannot change directory:{path}']);
    expect(texts('550 missing.txt: No such file or directory')).toEqual(['{path}: {error}']);
  });

  it('ignore what a client prints before the code', () => {
    expect(texts('Response:\t550 Failed to open file.')).toEqual(['Failed to open file.']);
    expect(texts('< 550 Failed to open file.')).toEqual(['Failed to open file.']);
    expect(texts('12:01:02 Response: 550 Failed to open file.')).toEqual(['Failed to open file.']);
  });

  it('forgive case, runs of spaces and a missing final full stop, nothing else', () => {
    expect(texts('550 failed  to open FILE')).toEqual(['Failed to open file.']);
    expect(texts('550 Failed to open the file.')).toEqual([]);
  });

  it('fall back to a long text under another code, never to a short one', () => {
    const list = [
      { code: 450, text: 'Transfer aborted. Link to file server lost' },
      { code: 530, text: 'Login incorrect.' },
    ];
    expect(matchMessages('451 Transfer aborted. Link to file server lost.', list, OS_ERRORS)).toEqual([list[0]]);
    expect(matchMessages('550 Login incorrect.', list, OS_ERRORS)).toEqual([]);
  });

  it('read {error} as an operating system error text only', () => {
    expect(texts('550 Note: anything at all')).toEqual([]);
    expect(texts('550 a.txt: Is a directory')).toEqual(['{path}: {error}']);
  });

  it('put the most specific pattern first', () => {
    expect(texts("550 Can't open a b.txt: Permission denied")).toEqual([
      "Can't open {file}: {error}",
      '{path}: {error}',
    ]);
    expect(literalLength("Can't open {file}: {error}")).toBe(13);
  });

  it('treat regular-expression characters in a text as text', () => {
    expect(messageRegExp('Rename (from) [to]? {path}', OS_ERRORS).test('Rename (from) [to]? /a')).toBe(true);
    expect(messageRegExp('a.b', OS_ERRORS).test('axb')).toBe(false);
  });

  it('find the reply in a line, or nothing', () => {
    expect(replyLine('550-Multi-line first line')).toEqual({ code: 550, text: 'Multi-line first line' });
    expect(replyLine('no code here')).toBeUndefined();
    expect(replyLine('550')).toBeUndefined();
    expect(replyLine('x'.repeat(100_000))).toBeUndefined();
  });
});

/** A real-looking value for each placeholder name. */
const SAMPLE: Record<string, string> = {
  path: '/home/alice/reports 2026/q3.csv',
  file: 'q3 final.csv',
  dir: '/home/alice',
  user: 'alice',
  address: '192.0.2.10',
  port: '50021',
  number: '42',
  error: 'Permission denied',
  command: 'RETR',
  text: 'some words',
};
/** The page a lookup answer goes to, or what it says instead. */
const goTo = (answer: LookupAnswer) => ('go' in answer ? answer.go : answer.say);

const fill = (text: string) => text.replace(/\{([a-z_]+)\}/g, (_, name: string) => SAMPLE[name] ?? 'value 1');

describe('the catalogue in the lookup', () => {
  const content = realSiteContent();
  const index = {
    codes: new Set(content.codes.map((c) => c.code)),
    commands: new Set(content.commands.map((c) => c.id)),
  };
  const data = lookupData(content);
  /** What the lookup box does: the server messages first, then codes, pairs and commands. */
  const lookup = (line: string) => goTo(resolveLookup(line, index, data));
  const messages = allMessages(content);

  it('lands every catalogued message, pasted with real values, on its page or row, or on one as specific', () => {
    const wrong: string[] = [];
    for (const m of messages) {
      const line = `${m.code} ${fill(m.text)}`;
      const url = lookup(line);
      if (url === m.url) continue;
      // Another message may be the same text (another server) or a more specific pattern that fits this line.
      const other = messages.find((o) => o.url === url);
      const fair = other && other.code === m.code && literalLength(other.text) >= literalLength(m.text);
      if (!fair || !messageRegExp(other.text, OS_ERRORS).test(fill(m.text))) wrong.push(`${line} -> ${url}`);
    }
    expect(wrong).toEqual([]);
    expect(messages.length).toBeGreaterThan(0);
  });

  it.each([
    ['500 OOPS: cannot change directory:/home/alice', '/servers/vsftpd/cannot-change-directory'],
    [
      'Response:\t421 There are too many connected users, please try later.',
      '/servers/vsftpd/too-many-connected-users',
    ],
    ['550 Failed to change directory.', '/servers/vsftpd/codes/550#failed-to-change-directory'],
    // ProFTPD sends this text with 450 (src/data.c); a line quoting it with 451 still finds it.
    ['451 Transfer aborted. Link to file server lost.', '/servers/proftpd/codes/450#transfer-aborted-link-lost'],
    ['< 550 reports/q3.csv: No such file or directory', '/servers/proftpd/codes/550#no-such-file-or-directory'],
    ['421 Too many connections (2) from this IP', '/servers/pure-ftpd/too-many-connections-per-ip'],
    ["552 Quota exceeded: [upload/file4.txt] won't be saved", '/servers/pure-ftpd/quota-exceeded'],
    ['550 Access is denied.', '/servers/iis/access-is-denied'],
    ['Response: 534 Policy requires SSL.', '/servers/iis/policy-requires-ssl'],
    [
      '425 Unable to build data connection: TLS session of data connection not resumed.',
      '/servers/filezilla-server/tls-session-not-resumed',
    ],
  ])('lands "%s" on %s', (line, url) => {
    expect(lookup(line)).toBe(url);
  });

  it('lands most messages on their own page or row (texts shared between servers aside)', () => {
    const own = messages.filter((m) => lookup(`${m.code} ${fill(m.text)}`) === m.url).length;
    const unique = new Set(messages.map((m) => `${m.code} ${m.text}`)).size;
    expect(own).toBeGreaterThanOrEqual(unique * 0.9);
  });
});

describe('client error lines', () => {
  const content = realSiteContent();
  const catalogue = lookupData(content);
  const index = { codes: new Set(content.codes.map((c) => c.code)), commands: new Set<string>() };
  const messageLookup = (line: string, data: typeof catalogue) => goTo(resolveLookup(line, index, data));
  it.each([
    ['curl: (9) Server denied you to change to the given directory', '/clients/curl/exit-9'],
    [
      '12:00:01\tError:\tFailed to retrieve directory listing',
      '/clients/filezilla/failed-to-retrieve-directory-listing',
    ],
  ])('lands %s on its page', (line, url) => {
    expect(messageLookup(line, catalogue)).toBe(url);
  });

  it('lands every client error wording long enough to be found on its own page or row, or an equally specific one', () => {
    const errors = allClientErrors(realSiteContent());
    const problems: string[] = [];
    for (const e of errors) {
      for (const text of [e.text, ...e.also]) {
        if (literalLength(text) < CLIENT_ERROR_MIN) continue;
        const line = text.replace(PLACEHOLDER, (p) => (p === '{error}' ? 'Connection refused' : 'x1'));
        const url = messageLookup(`Error: ${line}`, catalogue);
        const hit = errors.find((x) => x.url === url);
        if (url !== e.url && !(hit && literalLength(hit.text) >= literalLength(text)))
          problems.push(`${e.client}/${e.id}: ${line} -> ${url}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('leaves short phrases to search', () => {
    expect(needsCatalogue('connection refused')).toBe(false);
    expect(messageLookup('Connection refused', catalogue)).toBe('/search?q=Connection%20refused');
  });
});

/**
 * The captured transcripts (real vsftpd, ProFTPD, Pure-FTPd and pyftpdlib on
 * 127.0.0.1) against the site: every code a server sent has a page that shows
 * one of that server's texts for it, in its "In practice" section or in the
 * server catalogue the page's "What servers say" is made from; fixtures are
 * indexed and leak no password.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/content-check.ts';
import { messageRegExp } from '../../src/lib/ftp/server-messages.ts';
import { OS_ERRORS } from '../../src/lib/ftp/os-errors.ts';
import { contentDir, rfcDir } from '../support/paths.ts';
import {
  rawReplies,
  readTranscript,
  serverOf,
  transcriptFiles,
  transcriptIndex,
  transcriptsDir,
} from '../support/transcripts.ts';

const content = loadContent({ contentDir, rfcDir });
const pages = new Map(content.codes.map((c) => [c.code, c]));
const rawFiles = transcriptFiles().filter((f) => f.includes('-raw-'));

/** code -> server -> reply texts seen */
const observed = new Map<number, Map<string, Set<string>>>();
for (const file of rawFiles) {
  for (const reply of rawReplies(file)) {
    const byServer = observed.get(reply.code) ?? new Map<string, Set<string>>();
    const texts = byServer.get(serverOf(file)) ?? new Set<string>();
    texts.add(reply.text);
    byServer.set(serverOf(file), texts);
    observed.set(reply.code, byServer);
  }
}

/** The catalogue folder of each server as the transcripts name it. */
const FOLDER: Record<string, string> = {
  vsftpd: 'vsftpd',
  ProFTPD: 'proftpd',
  'Pure-FTPd': 'pure-ftpd',
  pyftpdlib: 'pyftpdlib',
};

/** Whether the server's catalogue has a message with this code that one of the texts fits. */
function catalogued(code: number, server: string, texts: Set<string>): boolean {
  const messages = content.servers.find((s) => s.id === FOLDER[server])?.messages ?? [];
  return messages.some((m) => m.code === code && [...texts].some((t) => messageRegExp(m.text, OS_ERRORS).test(t)));
}

function inPractice(body: string): string {
  const start = body.indexOf('## In practice');
  if (start < 0) return '';
  const next = body.indexOf('\n## ', start + 3);
  return body.slice(start, next < 0 ? undefined : next);
}

describe('transcript fixtures', () => {
  it('are all listed in index.json, and index.json lists only files that exist', () => {
    const indexed = transcriptIndex()
      .map((e) => e.file)
      .sort();
    expect(indexed).toEqual(transcriptFiles());
  });

  it('hold raw transcripts from every server run on 127.0.0.1', () => {
    expect(new Set(rawFiles.map(serverOf))).toEqual(new Set(['vsftpd', 'ProFTPD', 'Pure-FTPd', 'pyftpdlib']));
  });

  it.each(transcriptFiles().map((f) => [f]))('%s shows no password', (file) => {
    // Client-sent PASS lines as the clients print them: raw "C: PASS", curl "> PASS", lftp/tnftp/inetutils "---> PASS".
    // The argument must be masked: ours (********) or the client's own (XXXX); an empty PASS is a test of its own.
    const leaks = readTranscript(file)
      .split('\n')
      .filter((line) => {
        const pass = /^(?:C: |> |-+> )PASS ?(.*)$/.exec(line.trim());
        const url = /\/\/[^/\s:@]+:([^@\s]+)@/.exec(line);
        return (pass && !/^(\*{8}|X+|)$/.test(pass[1] ?? '')) || (url && url[1] !== '********');
      });
    expect(leaks).toEqual([]);
  });

  it("give every code the servers' sources can send a page", () => {
    const fromSource = JSON.parse(
      readFileSync(join(transcriptsDir, 'source-replies', 'vsftpd-pureftpd.json'), 'utf8'),
    ) as { code: number }[];
    const replies = JSON.parse(readFileSync(join(transcriptsDir, 'replies.json'), 'utf8')) as { code: number }[];
    const codes = new Set([...fromSource, ...replies].map((r) => r.code));
    expect(codes.size).toBeGreaterThan(40);
    expect([...codes].filter((code) => !pages.has(code)).sort()).toEqual([]);
  });

  it('give every code a server sent a page', () => {
    expect([...observed.keys()].filter((code) => !pages.has(code)).sort()).toEqual([]);
  });

  it.each(
    [...observed].flatMap(([code, byServer]) => [...byServer].map(([server, texts]) => [code, server, texts] as const)),
  )('code %i: the page shows one of the texts %s sent, in In practice or its catalogue', (code, server, texts) => {
    if (catalogued(code, server, texts)) return;
    const section = inPractice(pages.get(code)?.body ?? '');
    expect(section, `content/codes/${code}.md has no "## In practice" section`).not.toBe('');
    expect(section).toContain(server);
    const quoted = [...texts].filter((text) => text === '' || section.includes(text));
    expect(quoted.length, `none of ${server}'s texts for ${code} is quoted: ${[...texts].join(' | ')}`).toBeGreaterThan(
      0,
    );
  });
});

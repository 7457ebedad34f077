/**
 * The captured transcripts (real vsftpd, ProFTPD and Pure-FTPd on 127.0.0.1)
 * against the site: every code a server sent has a page whose "In practice"
 * section names that server and quotes one of its reply texts; fixtures are
 * indexed and leak no password.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/content-check.ts';
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

  it('hold raw transcripts from all three servers', () => {
    expect(new Set(rawFiles.map(serverOf))).toEqual(new Set(['vsftpd', 'ProFTPD', 'Pure-FTPd']));
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
  )('code %i: the In practice section names %s and quotes one of its replies', (code, server, texts) => {
    const section = inPractice(pages.get(code)?.body ?? '');
    expect(section, `content/codes/${code}.md has no "## In practice" section`).not.toBe('');
    expect(section).toContain(server);
    const quoted = [...texts].filter((text) => text === '' || section.includes(text));
    expect(quoted.length, `none of ${server}'s texts for ${code} is quoted: ${[...texts].join(' | ')}`).toBeGreaterThan(
      0,
    );
  });
});

/**
 * Seen, not only read: every message that names a capture (`seen` in messages.yaml) appears in that capture,
 * reply code and text, as the real server sent it on 127.0.0.1 (tests/fixtures/transcripts/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replyLine } from '../../src/lib/ftp/reply-line.ts';
import { messageRegExp } from '../../src/lib/ftp/server-messages.ts';
import { OS_ERRORS } from '../../src/lib/ftp/os-errors.ts';
import { allMessages } from '../../src/lib/site/server-messages.ts';
import { fixturesDir } from '../support/paths.ts';
import { realSiteContent } from '../support/site-content.ts';

const messages = allMessages(realSiteContent()).filter((m) => m.seen.length > 0);

describe('server messages seen in captures', () => {
  it('each named capture exists and shows the message', () => {
    const missing: string[] = [];
    for (const m of messages) {
      const pattern = messageRegExp(m.text, OS_ERRORS);
      for (const file of m.seen) {
        const path = join(fixturesDir, 'transcripts', file);
        const lines = existsSync(path) ? readFileSync(path, 'utf8').split('\n') : [];
        const shown = lines.some((line) => {
          const reply = replyLine(line);
          return reply?.code === m.code && pattern.test(reply.text);
        });
        if (!shown) missing.push(`${m.server}/${m.id} (${m.code} ${m.text}) not in ${file}`);
      }
    }
    expect(missing).toEqual([]);
    // vsftpd, ProFTPD, Pure-FTPd and pyftpdlib were run on 127.0.0.1: hundreds of their texts were seen.
    expect(messages.length).toBeGreaterThan(300);
  });
});

/**
 * Seen, not only read: every client error that names a capture (`seen` in errors.yaml) appears in that capture, in
 * one of its wordings, as the real client printed it on this machine (tests/fixtures/transcripts/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageRegExp } from '../../src/lib/ftp/server-messages.ts';
import { OS_ERRORS } from '../../src/lib/ftp/os-errors.ts';
import { allClientErrors } from '../../src/lib/site/client-errors.ts';
import { fixturesDir } from '../support/paths.ts';
import { realSiteContent } from '../support/site-content.ts';

const errors = allClientErrors(realSiteContent()).filter((e) => e.seen.length > 0);

describe('client errors seen in captures', () => {
  it('each named capture exists and shows the error', () => {
    const missing: string[] = [];
    for (const e of errors) {
      const patterns = [e.text, ...e.also].map((t) => messageRegExp(t, OS_ERRORS, true));
      for (const file of e.seen) {
        const path = join(fixturesDir, 'transcripts', file);
        const lines = existsSync(path) ? readFileSync(path, 'utf8').split('\n') : [];
        if (!lines.some((line) => patterns.some((p) => p.test(line.trim()))))
          missing.push(`${e.client}/${e.id} (${e.text}) not in ${file}`);
      }
    }
    expect(missing).toEqual([]);
    // curl, lftp, Python's ftplib and PHP were run on 127.0.0.1.
    expect(errors.length).toBeGreaterThan(20);
  });
});

import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturesDir } from './paths.ts';

/**
 * A content folder made of the valid fixture set with one bad case laid over
 * it (`tests/fixtures/content/bad/<name>/` holds only the files that differ).
 */
export function contentWithCase(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `content-${name}-`));
  cpSync(join(fixturesDir, 'content', 'valid'), dir, { recursive: true });
  cpSync(join(fixturesDir, 'content', 'bad', name), dir, { recursive: true });
  return dir;
}

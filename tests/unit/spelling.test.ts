/** The prose is spelled right (cspell, British English, project word list in cspell-words.txt). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/paths.ts';

const cspell = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(root, 'node_modules/cspell/bin.mjs'), '--no-progress', '--no-summary', ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
  });

describe('spelling', () => {
  it('finds no unknown word in the content, the components and src/lib', () => {
    const result = cspell([]);
    expect(result.stdout.trim().split('\n').filter(Boolean)).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('catches a misspelling, and accepts protocol terms and British spelling', () => {
    const bad = cspell(['stdin://prose.md'], 'The servre sent 550 after RETR.\n');
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toContain('Unknown word (servre)');
    expect(cspell(['stdin://prose.md'], 'vsftpd answered EPSV with 229; the behaviour is recognised.\n').status).toBe(
      0,
    );
  });
});

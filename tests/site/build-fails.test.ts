/** Broken content stops the real `astro build`, and the message names the file and field. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/paths.ts';
import { astroBuildEnv } from '../support/astro-env.ts';
import { contentWithCase } from '../support/fixture-content.ts';

function build(contentDir: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'dist-'));
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: root,
      env: astroBuildEnv({ FTP_CONTENT_DIR: contentDir }),
      encoding: 'utf8',
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

describe('astro build', () => {
  it('stops on a command that lists a code without a page, naming file and field, and writes no pages', () => {
    const { status, output, outDir } = build(contentWithCase('command-lists-code-without-page'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/commands\/retr\.md:\d+: replies\.completion\.1: code 552 has no page/);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });

  it('stops on a missing frontmatter field', () => {
    const { status, output } = build(contentWithCase('missing-field'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/codes\/550\.md:\d+: summary: is required/);
  });
});

import { existsSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../lib/content-check.ts';
import { contentDir } from '../lib/content-dir.ts';

const RFC_DIR = '../shared/reference/rfc';

/**
 * Stops `astro build` and `astro dev` before anything is written when a
 * content file breaks a rule, listing every problem as `file:line: field: message`.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'ftp-content-guard',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // Preview serves what a build already checked.
        if (command === 'preview') return;
        const dir = contentDir();
        // The RFC texts sit beside the project in ../shared; without them, citations are checked by the tests only.
        const rfcDir = existsSync(RFC_DIR) ? RFC_DIR : undefined;
        const problems = checkContent({ contentDir: dir, rfcDir });
        if (problems.length > 0) {
          throw new Error(`Content check failed: ${problems.length} problem(s) in ${dir}/\n${formatProblems(problems)}`);
        }
      },
    },
  };
}

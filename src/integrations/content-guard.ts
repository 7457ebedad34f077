import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../lib/content/content-check.ts';
import { contentDir, RFC_DIR } from '../lib/content/content-dir.ts';

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
        const problems = checkContent({ contentDir: dir, rfcDir: RFC_DIR });
        if (problems.length > 0) {
          throw new Error(
            `Content check failed: ${problems.length} problem(s) in ${dir}/\n${formatProblems(problems)}`,
          );
        }
      },
    },
  };
}

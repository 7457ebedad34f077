import type { AstroIntegration } from 'astro';
import { formatProblems } from '../lib/content/content-check.ts';
import { contentDir } from '../lib/content/content-dir.ts';
import { readBuildContent } from './build-content.ts';
import { since } from './timing.ts';

/**
 * Stops `astro build` and `astro dev` before anything is written when a
 * content file breaks a rule, listing every problem as `file:line: field: message`.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'ftp-content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // Preview serves what a build already checked.
        if (command === 'preview') return;
        const start = performance.now();
        const { problems } = readBuildContent();
        if (problems.length > 0) {
          throw new Error(
            `Content check failed: ${problems.length} problem(s) in ${contentDir()}/\n${formatProblems(problems)}`,
          );
        }
        logger.info(`checked the content in ${since(start)}`);
      },
    },
  };
}

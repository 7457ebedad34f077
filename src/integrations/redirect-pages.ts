import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { redirectPageHtml, redirectPages } from '../lib/site/page-data/redirect-page.ts';
import { siteContentOf } from '../lib/site/site-content.ts';
import { buildContent } from './build-content.ts';
import { since } from './timing.ts';

/**
 * Writes the pages that only send the reader on (a short link per code, the reversed order of every pair: about
 * half of all pages) straight into the output after the build, without Astro's component pipeline: each is a fixed
 * few lines (src/lib/site/page-data/redirect-page.ts).
 */
export function redirectPagesIntegration(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'ftp-redirect-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('astro.config.mjs must set `site`: redirect pages carry canonical links');
        site = new URL(config.site);
      },
      'astro:build:done': ({ dir, logger }) => {
        const start = performance.now();
        const out = fileURLToPath(dir);
        const pages = redirectPages(siteContentOf(buildContent()), site!);
        for (const folder of new Set(pages.map(({ file }) => dirname(join(out, file))))) {
          mkdirSync(folder, { recursive: true });
        }
        for (const { file, page } of pages) writeFileSync(join(out, file), redirectPageHtml(page));
        logger.info(`wrote ${pages.length} redirect pages in ${since(start)}`);
      },
    },
  };
}

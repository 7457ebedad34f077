import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { since } from './timing.ts';

/**
 * Pagefind's ready-made interfaces and its highlighter: /search draws its own results with the search API
 * (pagefind.js and the worker, wasm and index files it loads), so these are not deployed.
 */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * The folders of the searchable pages (those whose layout marks data-pagefind-body); Pagefind reads only these,
 * not the comparison and redirect pages that are most of the site. tests/site/built-site.test.ts checks that every
 * page marked searchable is in one of them.
 */
export const SEARCHABLE_FOLDERS = ['codes', 'commands', 'servers', 'clients', 'guides'];

/** Index the searchable pages of a built site into its pagefind/ folder; returns what to log. */
async function indexSite(site: string): Promise<string> {
  const start = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site, glob: `{${SEARCHABLE_FOLDERS.join(',')}}/**/*.html` });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  for (const file of readdirSync(join(site, 'pagefind'))) if (UNUSED.test(file)) rmSync(join(site, 'pagefind', file));
  await pagefind.close();
  return `indexed ${added.page_count} pages in ${since(start)}`;
}

/**
 * Builds the Pagefind full-text index into dist/pagefind. Only elements marked data-pagefind-body (the code,
 * command, server, client and guide pages) are indexed; no content page loads any search script. Pagefind runs
 * in a process of its own: it starts as soon as the pages are written, while the other integrations write their
 * files, and the build waits for it at the end.
 */
export function searchIndex(): AstroIntegration {
  let indexing: Promise<string> | undefined;
  return {
    name: 'ftp-search-index',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        indexing = indexSite(fileURLToPath(dir));
        // Handled when the build waits for it (astro:build:done); this only keeps Node from calling it unhandled.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        if (!indexing) throw new Error('Pagefind never started: astro:build:generated did not run');
        const start = performance.now();
        const done = await indexing;
        logger.info(`${done}, while the other integrations ran`);
        logger.info(`waited for the search index in ${since(start)}`);
      },
    },
  };
}

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

/**
 * Builds the Pagefind full-text index into dist/pagefind after every build.
 * Only elements marked data-pagefind-body (the code, command, server, client and guide pages) are indexed;
 * no content page loads any search script.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'ftp-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site, glob: `{${SEARCHABLE_FOLDERS.join(',')}}/**/*.html` });
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        for (const file of readdirSync(`${site}pagefind`)) if (UNUSED.test(file)) rmSync(join(site, 'pagefind', file));
        logger.info(`indexed ${added.page_count} pages in ${since(start)}`);
        await pagefind.close();
      },
    },
  };
}

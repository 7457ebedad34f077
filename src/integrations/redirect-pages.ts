import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildContent } from './build-content.ts';
import { since } from './timing.ts';

/**
 * The stylesheets that pages of different layouts all link, in their order: the site's own styles (colours and type
 * in both schemes), which the redirect pages link too. Astro names the files by their content, so they are read from
 * pages it built (the home page and the 404 page).
 *
 * @example sharedStylesheets([home, notFound]) // -> ['/_astro/frame.DMKqnh6f.css', ...]
 */
export function sharedStylesheets(pages: readonly string[]): string[] {
  const linked = pages.map((html) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!));
  const shared = linked[0]!.filter((href) => linked.every((hrefs) => hrefs.includes(href)));
  if (shared.length === 0) throw new Error('The built pages share no stylesheet: redirect pages would have no styles');
  return shared;
}

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
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const out = fileURLToPath(dir);
        const styles = sharedStylesheets(
          ['index.html', '404.html'].map((file) => readFileSync(join(out, file), 'utf8')),
        );
        // The page models load here, not with the configuration: Pagefind is indexing meanwhile, in its own process.
        const [{ redirectPageHtml, redirectPages }, { siteContentOf }] = await Promise.all([
          import('../lib/site/page-data/redirect-page.ts'),
          import('../lib/site/site-content.ts'),
        ]);
        const pages = redirectPages(siteContentOf(buildContent()), site!);
        for (const folder of new Set(pages.map(({ file }) => dirname(join(out, file))))) {
          mkdirSync(folder, { recursive: true });
        }
        for (const { file, page } of pages) writeFileSync(join(out, file), redirectPageHtml(page, styles));
        logger.info(`wrote ${pages.length} redirect pages in ${since(start)}`);
      },
    },
  };
}

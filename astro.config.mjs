// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { contentGuard } from './src/integrations/content-guard.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { headingLinksPlugin } from './src/integrations/heading-links.ts';
import { tableLabelsPlugin } from './src/integrations/table-labels.ts';
import { DEFAULT_SITE_URL } from './src/lib/site/urls.ts';
import { wholeNamesPlugin } from './src/integrations/whole-names.ts';
import { baseLinksPlugin } from './src/integrations/base-links.ts';
import { redirectPagesIntegration } from './src/integrations/redirect-pages.ts';
import { ogImages } from './src/integrations/og-images.ts';

/**
 * Pages Astro renders at once: while one page waits for its file to be written, the next renders (the build
 * is about a quarter faster on two cores). `npm run bench` times a bare Astro build with this setting too.
 */
export const BUILD_CONCURRENCY = 4;

// Where the site is deployed: SITE_URL is the origin, BASE_PATH the folder (e.g. /ftp), default the root.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // Canonical origin; override with SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? DEFAULT_SITE_URL,
  base,
  // OUT_DIR lets a test build a second copy (under a base path) away from dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  // A separate cache for such a build, so it never shares the content store with another one.
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  // `/codes/550` is served from `codes/550.html`: astro preview and any static
  // host with "pretty URLs" answer the canonical URL without a redirect.
  // One cached stylesheet instead of styles repeated in every page.
  build: { format: 'file', inlineStylesheets: 'never', concurrency: BUILD_CONCURRENCY },
  trailingSlash: 'never',
  // Scoped styles by class: shorter than data attributes on every element (pages stay under 30 KB).
  scopedStyleStrategy: 'class',
  // Examples are plain transcripts: no highlighter, no inline styles.
  // Section headings link to themselves (#fix-server), for pasting into tickets; tables become cards on a phone.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({
      hastPlugins: [
        headingLinksPlugin(),
        tableLabelsPlugin(),
        wholeNamesPlugin(),
        ...(base === '/' ? [] : [baseLinksPlugin(base)]),
      ],
    }),
  },
  // Scripts as files, never inline: cacheable, and ready for a strict Content-Security-Policy.
  // Astro inlines a small processed <script> with no imports when it is under this limit; 0 never does.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [contentGuard(), mdx(), redirectPagesIntegration(), ogImages(), searchIndex()],
});

import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { OgCard } from '../lib/site/og-image.ts';
import { ogImageUrl, outputFile } from '../lib/site/urls.ts';
import { buildContent } from './build-content.ts';
import { since } from './timing.ts';

/**
 * Draws the Open Graph card of every code into the output after the build (/og/codes/550.png). Drawing takes
 * about 30 ms a card, so each PNG is kept in Astro's cache folder under a hash of what it shows (ogImageKey):
 * a later build copies the cards that did not change, and cards no code shows any more are removed.
 */
export function ogImages(): AstroIntegration {
  let host = '';
  let cache = '';
  return {
    name: 'ftp-og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        host = new URL(config.site!).host;
        cache = join(fileURLToPath(config.cacheDir), 'og-images');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        // Loaded here, not with the configuration: Pagefind is indexing meanwhile, in its own process.
        const { ogImageKey, ogImagePng, ogLabel } = await import('../lib/site/og-image.ts');
        const out = fileURLToPath(dir);
        mkdirSync(cache, { recursive: true });
        let drawn = 0;
        const used = new Set<string>();
        const codes = buildContent().codes;
        for (const { code, data } of codes) {
          const card: OgCard = {
            code,
            name: data.name,
            label: ogLabel(code, data.status),
            classDigit: Math.floor(code / 100),
            host,
          };
          const file = join(out, outputFile(ogImageUrl(code)));
          const cached = join(cache, `${ogImageKey(card)}.png`);
          used.add(cached);
          mkdirSync(dirname(file), { recursive: true });
          if (!existsSync(cached)) {
            writeFileSync(cached, await ogImagePng(card));
            drawn++;
          }
          copyFileSync(cached, file);
        }
        // Cards no code shows any more leave the cache.
        for (const name of readdirSync(cache)) if (!used.has(join(cache, name))) rmSync(join(cache, name));
        logger.info(
          `wrote ${codes.length} Open Graph images (${drawn} drawn, ${codes.length - drawn} from the cache) in ${since(start)}`,
        );
      },
    },
  };
}

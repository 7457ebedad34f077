import { loadContent, type LoadedContent } from '../lib/content/content-check.ts';
import { contentDir, RFC_DIR } from '../lib/content/content-dir.ts';

let loaded: LoadedContent | undefined;

/**
 * Read the content folder for this build: the content guard does, first thing (src/integrations/content-guard.ts).
 * A dev server that reloads its configuration reads it again.
 */
export function readBuildContent(): LoadedContent {
  loaded = loadContent({ contentDir: contentDir(), rfcDir: RFC_DIR });
  return loaded;
}

/**
 * The content as the content guard read it, read once per build for every integration: those that write files
 * (redirect pages, Open Graph images) take what they need from it. Pages read Astro's collections instead
 * (src/lib/site/collections.ts).
 *
 * @example buildContent().codes.length // -> 71
 */
export function buildContent(): LoadedContent {
  return loaded ?? readBuildContent();
}

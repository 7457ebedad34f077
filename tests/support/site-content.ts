import { loadContent } from '../../src/lib/content/content-check.ts';
import { siteContentOf, type SiteContent } from '../../src/lib/site/site-content.ts';
import { contentDir, rfcDir } from './paths.ts';

/** The real content in the shape the page models read, as the build's collections give it. */
export function realSiteContent(): SiteContent {
  return siteContentOf(loadContent({ contentDir, rfcDir }));
}

/** The site URL the models build absolute URLs against. */
export const site = new URL('https://example.org');

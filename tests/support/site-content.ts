import { loadContent } from '../../src/lib/content/content-check.ts';
import { siteContent, type SiteContent } from '../../src/lib/site/site-content.ts';
import { contentDir, rfcDir } from './paths.ts';

/** The real content in the shape the page models read, as the build's collections give it. */
export function realSiteContent(): SiteContent {
  const loaded = loadContent({ contentDir, rfcDir });
  return siteContent({
    codes: loaded.codes,
    commands: loaded.commands,
    notes: loaded.compare,
    servers: loaded.servers.map((s) => ({ ...s, pages: new Set(s.pages.map((p) => p.id)) })),
    clients: loaded.clients.map((c) => ({ ...c, pages: new Set(c.pages.map((p) => p.id)) })),
    guides: loaded.guides.map((g) => ({ id: g.id, data: g.data, file: g.file })),
  });
}

/** The site URL the models build absolute URLs against. */
export const site = new URL('https://example.org');

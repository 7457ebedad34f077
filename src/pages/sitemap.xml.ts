import type { APIRoute } from 'astro';
import { loadSiteContent } from '../lib/site/collections.ts';
import { lastCommitDates } from '../lib/content/git-dates.ts';
import { contentDir } from '../lib/content/content-dir.ts';
import { sitemapEntries } from '../lib/site/sitemap.ts';
import { sitemapXml } from '../lib/site/site-files.ts';
import { absoluteUrl } from '../lib/site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const entries = sitemapEntries(await loadSiteContent(), lastCommitDates(contentDir()));
  const xml = sitemapXml(entries.map(({ path, lastmod }) => ({ loc: absoluteUrl(path, site!), lastmod })));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};

import type { APIRoute } from 'astro';
import { sitemapEntries } from '../lib/site/catalog.ts';
import { sitemapXml } from '../lib/site/site-files.ts';
import { absoluteUrl } from '../lib/site/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    sitemapXml((await sitemapEntries()).map(({ path, lastmod }) => ({ loc: absoluteUrl(path, site!), lastmod }))),
    {
      headers: { 'Content-Type': 'application/xml' },
    },
  );

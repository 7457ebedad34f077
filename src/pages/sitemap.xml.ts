import type { APIRoute } from 'astro';
import { indexablePaths } from '../data/catalog.ts';
import { sitemapXml } from '../lib/site-files.ts';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapXml((await indexablePaths()).map((path) => absoluteUrl(path, site!))), {
    headers: { 'Content-Type': 'application/xml' },
  });

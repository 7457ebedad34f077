import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site/site-files.ts';
import { absoluteUrl, sitemapUrl } from '../lib/site/urls.ts';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(absoluteUrl(sitemapUrl, site!)));

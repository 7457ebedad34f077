// Host-level files whose names Astro's router would otherwise skip (a leading underscore).
import type { APIRoute } from 'astro';
import { loadSiteContent } from '../lib/site/collections.ts';
import { redirectSources } from '../lib/site/page-data/redirect-page.ts';
import { redirectsFile } from '../lib/site/site-files.ts';
import { headersFile } from '../lib/site/security-headers.ts';

export function getStaticPaths() {
  return [{ params: { file: '_redirects' } }, { params: { file: '_headers' } }];
}

export const GET: APIRoute = async ({ params }) =>
  new Response(params.file === '_headers' ? headersFile() : redirectsFile(...redirectSources(await loadSiteContent())));

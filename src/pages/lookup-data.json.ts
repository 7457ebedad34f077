// The server messages the lookup box matches a pasted line against (src/lib/site/lookup-data.ts); compact,
// since every lookup of a pasted line fetches it.
import type { APIRoute } from 'astro';
import { loadSiteContent } from '../lib/site/collections.ts';
import { lookupData } from '../lib/site/lookup-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(lookupData(await loadSiteContent())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

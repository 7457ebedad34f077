// The data the /explain page's script needs: code names and summaries, and what each code means per command.
import type { APIRoute } from 'astro';
import { loadSiteContent } from '../lib/site/collections.ts';
import { explainData } from '../lib/ftp/explain.ts';

export const GET: APIRoute = async () => {
  const { codes, commands } = await loadSiteContent();
  const data = explainData(codes, commands);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};

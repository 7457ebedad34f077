// The data the /explain page's script needs: code names and summaries, what each code means per command, and the
// catalogue texts replies and client lines are matched against.
import type { APIRoute } from 'astro';
import { loadSiteContent } from '../lib/site/collections.ts';
import { explainData } from '../lib/ftp/explain.ts';
import { explainCatalogue } from '../lib/site/explain-catalogue.ts';

export const GET: APIRoute = async () => {
  const content = await loadSiteContent();
  const data = explainData(content.codes, content.commands, explainCatalogue(content));
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};

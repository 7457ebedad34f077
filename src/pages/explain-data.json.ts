// The data the /explain page's script needs: code names and summaries, and what each code means per command.
import type { APIRoute } from 'astro';
import { allCodes, allCommands } from '../lib/site/catalog.ts';
import { explainData } from '../lib/ftp/explain.ts';

export const GET: APIRoute = async () => {
  const [codes, commands] = await Promise.all([allCodes(), allCommands()]);
  const data = explainData(
    codes.map((c) => ({ code: Number(c.id), data: c.data })),
    commands,
  );
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};

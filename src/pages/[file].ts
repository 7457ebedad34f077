// Host-level files whose names Astro's router would otherwise skip (a leading underscore).
import type { APIRoute } from 'astro';
import { allCommands, codeSummaries, comparePathList } from '../data/catalog.ts';
import { redirectsFile } from '../lib/site-files.ts';

export function getStaticPaths() {
  return [{ params: { file: '_redirects' } }];
}

export const GET: APIRoute = async () =>
  new Response(
    redirectsFile(
      await comparePathList(),
      (await codeSummaries()).map((c) => c.code),
      (await allCommands()).filter((c) => c.data.kind === 'command').map((c) => c.id),
    ),
  );

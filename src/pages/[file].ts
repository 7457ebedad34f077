// Host-level files whose names Astro's router would otherwise skip (a leading underscore).
import type { APIRoute } from 'astro';
import { allCommands, codeSummaries, comparePathList } from '../lib/site/catalog.ts';
import { redirectsFile } from '../lib/site/site-files.ts';
import { headersFile } from '../lib/site/security-headers.ts';

export function getStaticPaths() {
  return [{ params: { file: '_redirects' } }, { params: { file: '_headers' } }];
}

export const GET: APIRoute = async ({ params }) =>
  new Response(
    params.file === '_headers'
      ? headersFile()
      : redirectsFile(
          await comparePathList(),
          (await codeSummaries()).map((c) => c.code),
          (await allCommands()).filter((c) => c.data.kind === 'command').map((c) => c.id),
        ),
  );

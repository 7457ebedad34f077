import type { APIRoute } from 'astro';
import { allCodes, type CodeEntry } from '../../../lib/site/catalog.ts';
import { ogImagePng, ogLabel } from '../../../lib/site/og-image.ts';

export async function getStaticPaths() {
  return (await allCodes()).map((entry) => ({ params: { code: entry.id }, props: { entry } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { entry } = props as { entry: CodeEntry };
  const code = Number(entry.id);
  const png = await ogImagePng({
    code,
    name: entry.data.name,
    label: ogLabel(code, entry.data.status),
    classDigit: Math.floor(code / 100),
    host: site!.host,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};

import type { APIRoute } from 'astro';
import { loadSiteContent } from '../../../lib/site/collections.ts';
import type { CodeSource } from '../../../lib/site/site-content.ts';
import { ogImagePng, ogLabel } from '../../../lib/site/og-image.ts';

export async function getStaticPaths() {
  return (await loadSiteContent()).codes.map((entry) => ({ params: { code: String(entry.code) }, props: { entry } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { entry } = props as { entry: CodeSource };
  const { code } = entry;
  const png = await ogImagePng({
    code,
    name: entry.data.name,
    label: ogLabel(code, entry.data.status),
    classDigit: Math.floor(code / 100),
    host: site!.host,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};

import type { APIRoute } from 'astro';
import { loadSiteContent } from '../../../lib/site/collections.ts';
import { datasetCodes } from '../../../lib/site/dataset-records.ts';
import { envelopeFor } from '../../../lib/site/dataset.ts';
import { jsonResponse } from '../../../lib/site/json-response.ts';

// getStaticPaths gets no `site`; the configured one is in import.meta.env.SITE.
export async function getStaticPaths() {
  return datasetCodes(await loadSiteContent(), new URL(import.meta.env.SITE)).map((record) => ({
    params: { code: String(record.code) },
    props: { record },
  }));
}

export const GET: APIRoute = ({ props, site }) => jsonResponse({ ...envelopeFor('code', site!), ...props.record });

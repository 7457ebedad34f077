import type { APIRoute } from 'astro';
import { datasetCodes } from '../../lib/site/catalog.ts';
import { envelopeFor } from '../../lib/site/dataset.ts';
import { jsonResponse } from '../../lib/site/json-response.ts';

export const GET: APIRoute = async ({ site }) =>
  jsonResponse({ ...envelopeFor('codes', site!), codes: await datasetCodes(site!) });

import type { APIRoute } from 'astro';
import { loadSiteContent } from '../../lib/site/collections.ts';
import { datasetMessages } from '../../lib/site/dataset-records.ts';
import { envelopeFor } from '../../lib/site/dataset.ts';
import { jsonResponse } from '../../lib/site/json-response.ts';

export const GET: APIRoute = async ({ site }) =>
  jsonResponse({ ...envelopeFor('messages', site!), messages: datasetMessages(await loadSiteContent(), site!) });

import type { APIRoute } from 'astro';
import { datasetCodes } from '../../data/catalog.ts';
import { envelopeFor } from '../../lib/dataset.ts';
import { jsonResponse } from '../../lib/json-response.ts';

export const GET: APIRoute = async ({ site }) => jsonResponse({ ...envelopeFor('codes', site!), codes: await datasetCodes(site!) });

import type { APIRoute } from 'astro';
import { datasetCommands } from '../../lib/site/catalog.ts';
import { envelopeFor } from '../../lib/site/dataset.ts';
import { jsonResponse } from '../../lib/site/json-response.ts';

export const GET: APIRoute = async ({ site }) =>
  jsonResponse({ ...envelopeFor('commands', site!), commands: await datasetCommands(site!) });

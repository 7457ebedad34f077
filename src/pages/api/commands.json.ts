import type { APIRoute } from 'astro';
import { datasetCommands } from '../../data/catalog.ts';
import { envelopeFor } from '../../lib/dataset.ts';
import { jsonResponse } from '../../lib/json-response.ts';

export const GET: APIRoute = async ({ site }) => jsonResponse({ ...envelopeFor('commands', site!), commands: await datasetCommands(site!) });

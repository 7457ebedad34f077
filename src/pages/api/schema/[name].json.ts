import type { APIRoute } from 'astro';
import { jsonSchema, schemas, type SchemaName } from '../../../lib/site/dataset.ts';
import { jsonResponse } from '../../../lib/site/json-response.ts';

export const getStaticPaths = () => Object.keys(schemas).map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params, site }) => jsonResponse(jsonSchema(params.name as SchemaName, site!));

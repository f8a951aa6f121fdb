import type { APIRoute } from 'astro';
import { stableJson } from '../../../../lib/api/json';
import {
  absolute,
  API_SCHEMA_NAMES,
  apiPaths,
  type ApiSchemaName,
} from '../../../../lib/api/paths';
import { apiJsonSchema } from '../../../../lib/api/schemas';
import { cached } from '../../../../lib/page-inputs';

/** /api/v1/schema/<name>.json: the JSON Schema (draft 2020-12) each kind of API file follows. */
export function getStaticPaths() {
  return cached(API_SCHEMA_NAMES.map((name) => ({ params: { name } })));
}

export const GET: APIRoute = ({ site, params }) => {
  const name = params.name as ApiSchemaName;
  return new Response(stableJson(apiJsonSchema(name, absolute(site!, apiPaths.schema(name)))), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
};

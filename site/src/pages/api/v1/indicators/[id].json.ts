import type { APIRoute } from 'astro';
import { apiIndicator, serveApi } from '../../../../lib/api/build';
import { apiPaths } from '../../../../lib/api/paths';
import { INDICATORS } from '../../../../lib/site-data';
import { cached } from '../../../../lib/page-inputs';

/** /api/v1/indicators/<id>.json: the indicator and its comparison across every city. */
export function getStaticPaths() {
  return cached(INDICATORS.map((i) => ({ params: { id: i.id } })));
}

export const GET: APIRoute = ({ site, params }) =>
  serveApi(site, 'indicator', apiPaths.indicator(params.id!), (s) => apiIndicator(s, params.id!));

import type { APIRoute } from 'astro';
import { apiCity, serveApi } from '../../../../lib/api/build';
import { apiPaths } from '../../../../lib/api/paths';
import { DATASETS } from '../../../../lib/site-data';
import { cached } from '../../../../lib/page-inputs';

/** /api/v1/cities/<city>.json: one city dataset (source metadata without the text). */
export function getStaticPaths() {
  return cached(DATASETS.map((d) => ({ params: { city: d.city.slug } })));
}

export const GET: APIRoute = ({ site, params }) =>
  serveApi(site, 'city', apiPaths.city(params.city!), (s) => apiCity(s, params.city!));

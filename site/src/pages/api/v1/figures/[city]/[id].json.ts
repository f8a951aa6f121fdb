import type { APIRoute } from 'astro';
import { apiFigure, serveApi } from '../../../../../lib/api/build';
import { apiPaths } from '../../../../../lib/api/paths';
import { allFigures } from '../../../../../lib/site-data';
import { cached } from '../../../../../lib/page-inputs';

/** /api/v1/figures/<city>/<id>.json: one figure with its city, version, citation and links. */
export function getStaticPaths() {
  return cached(
    allFigures().map(({ figure }) => ({ params: { city: figure.city, id: figure.id } })),
  );
}

export const GET: APIRoute = ({ site, params }) =>
  serveApi(site, 'figure', apiPaths.figure(params.city!, params.id!), (s) =>
    apiFigure(s, params.city!, params.id!),
  );

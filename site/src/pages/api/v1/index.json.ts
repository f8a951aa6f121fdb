import type { APIRoute } from 'astro';
import { apiIndex, serveApi } from '../../../lib/api/build';
import { apiPaths } from '../../../lib/api/paths';

/** /api/v1/index.json: cities, indicators, package versions, schemas and the feed. */
export const GET: APIRoute = ({ site }) => serveApi(site, 'index', apiPaths.index(), apiIndex);

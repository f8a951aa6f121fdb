import type { APIRoute } from 'astro';
import { archives } from '../../lib/downloads';
import { DATASETS } from '../../lib/site-data';
import { cached } from '../../lib/page-inputs';

/** The zips: one per city and one of everything, at /downloads/<name>.zip. */
export function getStaticPaths() {
  return cached(
    archives(DATASETS).map((a) => ({ params: { name: a.name.replace(/\.zip$/, '') } })),
  );
}

export const GET: APIRoute = ({ params }) => {
  const archive = archives(DATASETS).find((a) => a.name === `${params.name}.zip`)!;
  return new Response(new Uint8Array(archive.bytes()), {
    headers: { 'Content-Type': 'application/zip' },
  });
};

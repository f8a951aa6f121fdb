import type { APIRoute } from 'astro';
import { allCitiesFiles } from '../../../lib/downloads';
import { DATASETS } from '../../../lib/site-data';
import { cached } from '../../../lib/page-inputs';

/** Every city's figures in one file, the source texts and a descriptor, at /downloads/all/<path>. */
export function getStaticPaths() {
  return cached(
    allCitiesFiles(DATASETS).map((f) => ({
      params: { path: f.path },
      props: { mediaType: f.mediaType },
    })),
  );
}

export const GET: APIRoute = ({ params, props }) => {
  const file = allCitiesFiles(DATASETS).find((f) => f.path === params.path)!;
  return new Response(new Uint8Array(file.bytes), {
    headers: { 'Content-Type': (props as { mediaType: string }).mediaType },
  });
};

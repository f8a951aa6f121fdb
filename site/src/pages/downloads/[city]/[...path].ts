import type { APIRoute } from 'astro';
import { downloadFiles, readDownload } from '../../../lib/downloads';
import { DATASETS, getDataset } from '../../../lib/site-data';
import { cached } from '../../../lib/page-inputs';

/** Every data file of every city package, byte for byte, at /downloads/<city>/<path>. */
export function getStaticPaths() {
  return cached(
    DATASETS.flatMap((d) =>
      downloadFiles(d).map((f) => ({
        params: { city: f.city, path: f.path },
        props: { mediaType: f.mediaType },
      })),
    ),
  );
}

export const GET: APIRoute = ({ params, props }) => {
  const body = readDownload(getDataset(params.city!), params.path!);
  return new Response(new Uint8Array(body), {
    headers: { 'Content-Type': (props as { mediaType: string }).mediaType },
  });
};

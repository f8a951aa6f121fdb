import type { APIRoute } from 'astro';
import { chartImageBytes, chartImageFiles, type ChartImageFile } from '../catalog';

/** Every chart as a standalone SVG and as a PNG at 2x (1280 px wide), in both languages. */
export function getStaticPaths() {
  return chartImageFiles().map((image) => ({
    params: { lang: image.lang, file: image.file },
    props: { image },
  }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { image } = props as { image: ChartImageFile };
  const type = image.format === 'svg' ? 'image/svg+xml; charset=utf-8' : 'image/png';
  return new Response(await chartImageBytes(image, site!), { headers: { 'Content-Type': type } });
};

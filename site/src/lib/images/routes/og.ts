import type { APIRoute } from 'astro';
import { ogImageBytes } from '../catalog';
import { ogEntries, type OgEntry } from '../og-entries';

/** The OpenGraph image (1200×630 PNG) of every city, indicator and figure page, and the default. */
export function getStaticPaths() {
  return [...ogEntries().values()].map((entry) => ({
    params: { path: `${entry.key}.png` },
    props: { entry },
  }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { entry } = props as { entry: OgEntry };
  return new Response(await ogImageBytes(entry, site!), {
    headers: { 'Content-Type': 'image/png' },
  });
};

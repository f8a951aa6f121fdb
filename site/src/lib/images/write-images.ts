// In `astro build`, the image files (chart SVGs and PNGs, share images) are written here, not by
// Astro routes. A route's file is written when Astro reaches the route, and Astro reaches the
// image routes early and all together, so the render workers drew while the pages waited and
// then idled while the pages were rendered. Started by the middleware with the first page,
// this draws every image in the workers while Astro renders the pages on the main thread; the
// integration (integration.ts) waits for it before the build ends. `astro dev` serves the same
// files from routes (routes/), drawn on request.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { imageBuildState, type ImageSummary } from './build-state';
import { drawnChars, imageFiles, type ImageFile } from './catalog';
import { subsetFonts } from './fonts';
import { poolSize, renderPngFile, type DrawTime } from './render-pool';

/** Start writing every image file into the build's output, once (later calls do nothing). */
export function startImageFiles(site: URL | string): void {
  const state = imageBuildState();
  if (state.done || !state.outDir) return;
  state.done = writeImageFiles(site, state.outDir);
  // Reported, with the build's failure, by the integration's astro:build:done.
  state.done.catch(() => {});
}

/** The files without their SVGs, and the SVGs apart, so that each can be let go on its own. */
function split(all: ImageFile[]) {
  return {
    files: all.map(({ path, zoom }) => ({ path, zoom })),
    svgs: all.map((f): string | undefined => f.svg),
  };
}

async function writeImageFiles(site: URL | string, outDir: string): Promise<ImageSummary> {
  const { files, svgs } = split(imageFiles(site));
  // Each SVG is let go once it is handed on (at 300 cities they are tens of MB of the pages'
  // heap, which every full collection marks), but only once the font subset, which needs every
  // image's characters, is made: a build that finds every PNG in the cache never makes it.
  let fonts: Promise<string[]> | undefined;
  const subset = () => (fonts ??= subsetFonts(drawnChars(svgs as string[])));
  const take = (i: number) => {
    const svg = svgs[i]!;
    if (fonts) svgs[i] = undefined;
    return svg;
  };
  const summary: ImageSummary = {
    files: files.length,
    drawn: 0,
    cached: 0,
    painted: 0,
    paintedMs: 0,
    wholeMs: 0,
  };
  const tally = ({ painted, ms }: DrawTime) => {
    if (painted) summary.painted++;
    summary[painted ? 'paintedMs' : 'wholeMs'] += ms;
  };
  const dirs = new Map<string, Promise<unknown>>();
  const folder = async (path: string) => {
    const file = join(outDir, path);
    const dir = dirname(file);
    if (!dirs.has(dir)) dirs.set(dir, mkdir(dir, { recursive: true }));
    await dirs.get(dir);
    return file;
  };
  const one = async (i: number) => {
    const { path, zoom } = files[i]!;
    const file = await folder(path);
    if (zoom === undefined) return writeFile(file, take(i));
    // A new PNG is written by the worker that draws it (render-pool.ts).
    const time = await renderPngFile(take(i), zoom, subset, file);
    if (time) tally(time);
    summary[time ? 'drawn' : 'cached']++;
  };
  // A few files in hand per worker: enough to keep every worker busy, few enough that the SVGs
  // and PNGs waiting in the queue stay small. (Eight a worker, tried with painted share images
  // at 300 cities, gave the same time and 120 MB more memory.) Errors are collected, so all are reported at once.
  let next = 0;
  const errors: string[] = [];
  const lane = async () => {
    while (next < files.length) {
      const i = next++;
      try {
        await one(i);
      } catch (e) {
        errors.push(`${files[i]!.path}: ${(e as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: 2 * poolSize() + 2 }, lane));
  if (errors.length > 0)
    throw new Error(`${errors.length} image file(s) could not be written:\n${errors.join('\n')}`);
  return summary;
}

// What the image integration (integration.ts, loaded with the Astro config) and the image writer
// (write-images.ts, bundled with the pages) share during `astro build`. They are two module
// instances in one process, so the state lives on globalThis under a registered symbol.

/** How a build's image files came out. */
export interface ImageSummary {
  files: number;
  /** PNGs drawn in this build. */
  drawn: number;
  /** PNGs copied from the render cache (render-cache.ts). */
  cached: number;
  /** Of those drawn, how many had their text painted from glyphs (glyph-painter.ts), and the
   * workers' time on them and on the others (drawn by resvg whole), in ms. */
  painted: number;
  paintedMs: number;
  wholeMs: number;
}

export interface ImageBuildState {
  /** Where the build writes the site (Astro's outDir); set by the integration, in builds only. */
  outDir?: string;
  /** Every image file written, once the writer has started. */
  done?: Promise<ImageSummary>;
}

const KEY = Symbol.for('shuangjian-data.image-build');

/** True in `astro build` (the integration has set the output folder), false in dev. */
export const building = (): boolean => imageBuildState().outDir !== undefined;

export function imageBuildState(): ImageBuildState {
  const g = globalThis as { [KEY]?: ImageBuildState };
  return (g[KEY] ??= {});
}

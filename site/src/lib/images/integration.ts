// The site's image files. `astro dev` serves them from routes (routes/), drawn on request. In
// `astro build` there are no such routes: write-images.ts, started by the middleware with the first
// page, writes every file while the pages render, and this integration waits for it before the
// build ends, failing the build with every image that could not be written.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { imageBuildState } from './build-state';

export default function imageFiles(): AstroIntegration {
  let building = false;
  return {
    name: 'shuangjian:image-files',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        building = command === 'build';
        if (command !== 'dev') return;
        injectRoute({
          pattern: '/images/charts/[lang]/[file]',
          entrypoint: new URL('./routes/chart.ts', import.meta.url),
        });
        injectRoute({
          pattern: '/images/og/[...path]',
          entrypoint: new URL('./routes/og.ts', import.meta.url),
        });
      },
      // Only a build has an output folder here: the middleware takes it as the sign of a build
      // (import.meta.env.DEV says "dev" in a build run with NODE_ENV=test, as under vitest).
      'astro:config:done': ({ config }) => {
        if (building) imageBuildState().outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ logger }) => {
        const { done } = imageBuildState();
        if (!done) throw new Error('the image files were never started (src/middleware.ts)');
        const s = await done;
        const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
        logger.info(
          `${s.files} image files: ${s.drawn} PNGs drawn (${s.painted} painted from glyphs in ` +
            `${seconds(s.paintedMs)}, ${s.drawn - s.painted} by resvg whole in ${seconds(s.wholeMs)} ` +
            `of the workers' time), ${s.cached} from the cache`,
        );
      },
    },
  };
}

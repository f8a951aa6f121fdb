// After the build, every HTML page gets its Content-Security-Policy <meta> (see inline.ts).
// Astro's own security.csp is not used: it lists the hashes of every page's scripts and styles on
// every page, and leaves out is:inline ones (the embed pages' scripts and CSS).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withPolicy } from './inline';

export interface CspOptions {
  /** Whether the page at this dist path (e.g. "en/search/index.html") compiles WebAssembly. */
  wasm(file: string): boolean;
}

export default function csp({ wasm }: CspOptions): AstroIntegration {
  return {
    name: 'shuangjian:csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true }))
          .map((f) => f.split(sep).join('/'))
          .filter((f) => f.endsWith('.html'))
          .sort();
        for (const file of files) {
          const html = await readFile(join(root, file), 'utf8');
          try {
            await writeFile(join(root, file), withPolicy(html, { wasm: wasm(file) }));
          } catch (e) {
            throw new Error(`${file}: ${(e as Error).message}`, { cause: e });
          }
        }
        logger.info(`Content-Security-Policy written into ${files.length} pages`);
      },
    },
  };
}

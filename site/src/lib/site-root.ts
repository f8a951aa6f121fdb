import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The site's folder (the one with astro.config.mjs), found by walking up from this module: the
 * build bundles it into a chunk elsewhere under site/, and vitest runs it from src/.
 */
export function siteRoot(from: string = fileURLToPath(import.meta.url)): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'astro.config.mjs'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no astro.config.mjs above ${from}`);
  }
}

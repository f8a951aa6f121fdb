// The build cache's folder, shared by what a build keeps between runs: rendered PNGs
// (images/render-cache.ts), zips (downloads/zip-cache.ts) and search indexes
// (postbuild/search-cache.ts). Node built-ins only: the post-build pass imports it without Vite.
import { join } from 'node:path';

/**
 * <site>/node_modules/.cache/shuangjian-images/ (kept by CI caches of node_modules, gone on a fresh
 * clone), SHUANGJIAN_IMAGE_CACHE=<dir> to put it elsewhere, or undefined when
 * SHUANGJIAN_IMAGE_CACHE=off (check:reproducible builds everything).
 */
export function cacheDir(
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const setting = env.SHUANGJIAN_IMAGE_CACHE;
  if (setting === 'off') return undefined;
  return setting || join(process.cwd(), 'node_modules', '.cache', 'shuangjian-images');
}

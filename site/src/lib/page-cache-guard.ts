// Astro's incremental build (astro.config.mjs, page-inputs.ts) overwrites its stored copy of a page
// as it renders the page, but records the pages' keys only when every page is done. A build that
// stops half-way (a page that throws, a killed job) would leave copies of new pages under the old
// keys, and a later build from the old inputs would copy those pages. So each build marks Astro's
// cache while its pages are generated; a build that finds the mark of one that never finished
// drops Astro's record, and every page is rendered again.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The mark of a build generating pages; Astro's record of the pages it stored. */
export const MARK = 'shuangjian-generating';
export const RECORD = 'incremental-build.json';

/**
 * Before a build generates its pages: drop the record of one that never finished, and mark this
 * one. True when a record was dropped.
 */
export function beginPages(cacheDir: string): boolean {
  const unfinished = existsSync(join(cacheDir, MARK));
  const dropped = unfinished && existsSync(join(cacheDir, RECORD));
  if (unfinished) rmSync(join(cacheDir, RECORD), { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, MARK), '');
  return dropped;
}

/** Every page generated, and Astro's record written: the cache is whole again. */
export function endPages(cacheDir: string): void {
  rmSync(join(cacheDir, MARK), { force: true });
}

export default function pageCacheGuard(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'shuangjian:page-cache-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.experimental.incrementalBuild) cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        if (cacheDir && beginPages(cacheDir))
          logger.warn('the last build stopped before its pages were done: every page is rendered');
      },
      'astro:build:generated': () => {
        if (cacheDir) endPages(cacheDir);
      },
    },
  };
}

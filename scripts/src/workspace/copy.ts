// A throwaway copy of the whole repository that builds: inputs, generated packages, the site and
// node_modules, with pnpm's package store shared (read only by a build) instead of copied.
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { REPO_ROOT } from '../paths.ts';

/** Not copied: history, caches and build output; a build in the copy writes its own. */
const SKIP = new Set(['.git', '.turbo', 'site/dist', 'site/.astro', 'node_modules/.pnpm']);

/** Copy the repository into a new temp folder named <prefix>-XXXXXX; returns its path. */
export function copyWorkspace(prefix: string): string {
  const to = mkdtempSync(join(tmpdir(), `${prefix}-`));
  cpSync(REPO_ROOT, to, {
    recursive: true,
    verbatimSymlinks: true, // pnpm's links are relative: they resolve the same inside the copy
    filter: (src) => {
      const rel = relative(REPO_ROOT, src).split(sep).join('/');
      const base = rel.split('/').at(-1) ?? '';
      if (SKIP.has(rel) || base === '.turbo') return false;
      // Caches of vite and astro: a build writes its own.
      return !(rel.includes('node_modules/') && /^\.(vite|vite-temp|astro|cache)$/.test(base));
    },
  });
  // The package store is only read by a build: share it instead of copying 800 MB.
  symlinkSync(join(REPO_ROOT, 'node_modules', '.pnpm'), join(to, 'node_modules', '.pnpm'), 'dir');
  return to;
}

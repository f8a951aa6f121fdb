import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The package of a city: @shuangjian/<slug>. */
export const cityPackage = (slug: string) => `@shuangjian/${slug}`;

/** The folder of an installed workspace package, e.g. packageDir('@shuangjian/hefei'). */
export function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** A file shipped in a package, as bytes. */
export function readPackageFile(name: string, path: string): Buffer {
  return readFileSync(join(packageDir(name), path));
}

/** Files under a package folder, relative paths, sorted. */
export function listPackageFiles(name: string, dir: string): string[] {
  return readdirSync(join(packageDir(name), dir)).sort();
}

// The search bundle of each language, kept in the build cache (../build-cache.ts) like the PNGs and
// zips: keyed by the SHA-256 of everything Pagefind reads (its version, the command line, every
// page of the language, path and bytes), so that a hit is the bundle Pagefind would write again.
// Indexing takes Pagefind 16–19 s at 300 cities; hashing the pages about a second. One bundle per
// language is kept, the last one written.
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Pagefind's version, from its package.json (not in the package's exports): above its main module. */
function pagefindVersion(): string {
  for (let dir = dirname(fileURLToPath(import.meta.resolve('pagefind'))); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'pagefind') return pkg.version;
    }
    if (dirname(dir) === dir) throw new Error("pagefind's package.json not found");
  }
}

const PAGEFIND_VERSION = pagefindVersion();

/**
 * A folder copied whole. For a 300-city bundle (9,363 files) cpSync took 2.3 to 3.6 s here, where
 * fs.promises.cp took 7.2 to 8.5 s (three runs each, alternated).
 */
const copyFolder = (from: string, to: string) => cpSync(from, to, { recursive: true });

/** The key of a language's bundle: Pagefind's version, its arguments and every page it indexes. */
export async function searchKey(
  root: string,
  pages: readonly string[],
  args: readonly string[],
): Promise<string> {
  const hash = createHash('sha256').update(`pagefind@${PAGEFIND_VERSION}\0${args.join('\0')}\0`);
  for (const page of [...pages].sort()) {
    const bytes = await readFile(join(root, page));
    hash.update(`${page}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}

/**
 * Copy the cached bundle of this key to out and return how many pages it indexed; undefined when
 * the cache does not hold this key.
 */
export async function restoreSearch(
  dir: string,
  key: string,
  out: string,
): Promise<number | undefined> {
  const pages = await readFile(join(dir, key, 'pages'), 'utf8').catch(() => undefined);
  if (pages === undefined) return undefined;
  copyFolder(join(dir, key, 'bundle'), out);
  return Number(pages);
}

/**
 * Keep out as the bundle of this key, which indexed this many pages, and drop the language's
 * older bundles. Written in a folder of its own and renamed into place, so that a copy cut short,
 * or a build running beside this one, never finds half a bundle.
 */
export async function storeSearch(
  dir: string,
  key: string,
  out: string,
  pages: number,
): Promise<void> {
  const tmp = join(dir, `${key}.${process.pid}.tmp`);
  await rm(tmp, { recursive: true, force: true });
  copyFolder(out, join(tmp, 'bundle'));
  await writeFile(join(tmp, 'pages'), String(pages));
  await rm(join(dir, key), { recursive: true, force: true });
  await rename(tmp, join(dir, key));
  for (const old of await readdir(dir))
    if (old !== key && !old.endsWith('.tmp'))
      await rm(join(dir, old), { recursive: true, force: true });
}

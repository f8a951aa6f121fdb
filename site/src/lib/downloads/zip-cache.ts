// The zips, kept in the build cache like the PNGs (../images/render-cache.ts): a zip is keyed by
// the SHA-256 of everything that decides its bytes (the zip writer's version and settings, the
// mtime, every entry's path and bytes), so a hit is the zip a fresh build would write. At 300
// cities deflating the zips took 9 s of a warm build; hashing their contents takes a fraction.
// SHUANGJIAN_IMAGE_CACHE=off turns this cache off too (check:reproducible builds with it off).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cacheDir } from '../build-cache';
import { writeWhole } from '../write-whole';
import { deterministicZip, ZIP_LEVEL, type ZipEntry } from './zip';

const require = createRequire(import.meta.url);
const WRITER = `fflate@${(require('fflate/package.json') as { version: string }).version} level ${ZIP_LEVEL}`;

/** End of central directory record, with no comment: a zip ends with it. */
const isWholeZip = (b: Uint8Array) =>
  b.length >= 22 &&
  b[b.length - 22] === 0x50 &&
  b[b.length - 21] === 0x4b &&
  b[b.length - 20] === 0x05 &&
  b[b.length - 19] === 0x06;

export function zipKey(entries: readonly ZipEntry[], mtime: Date): string {
  const hash = createHash('sha256').update(`${WRITER}\0${mtime.getTime()}\0`);
  for (const e of [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
    hash.update(`${e.path}\0${e.bytes.length}\0`).update(e.bytes);
  return hash.digest('hex');
}

/**
 * deterministicZip's bytes, from the cache when the same zip was written before; else made by
 * `make`, which must give those bytes (zip-join.ts joins zips already made).
 */
export function cachedZip(
  entries: readonly ZipEntry[],
  mtime: Date,
  make: () => Uint8Array = () => deterministicZip(entries, mtime),
): Uint8Array {
  const root = cacheDir();
  if (!root) return make();
  const dir = join(root, 'zips');
  const file = join(dir, `${zipKey(entries, mtime)}.zip`);
  try {
    const hit = readFileSync(file);
    if (isWholeZip(hit)) return hit;
  } catch {
    // not cached yet
  }
  const zip = make();
  writeWhole(file, zip);
  return zip;
}

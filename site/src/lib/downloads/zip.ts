// Zip archives with deterministic bytes: same files in, same zip out, on any machine and day.
import { zipSync, type Zippable } from 'fflate';

/** A file to put in a zip: its path inside the archive ("/"-separated) and its bytes. */
export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
}

/** The earliest time a zip (MS-DOS date) can hold: 1980-01-01 00:00:00. */
const DOS_EPOCH = { y: 1980, m: 0, d: 1, h: 0, min: 0, s: 0 };

/**
 * The modification time written for every entry: SOURCE_DATE_EPOCH (seconds, UTC) when given,
 * else 1980-01-01 00:00:00. Zip dates have no time zone and fflate writes a Date's local-time
 * fields, so the Date returned has the wanted wall-clock time in local time: the bytes are the
 * same in every time zone (except for a wall-clock time skipped by a local DST change).
 */
export function zipMtime(sourceDateEpoch = process.env.SOURCE_DATE_EPOCH): Date {
  let t = DOS_EPOCH;
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    if (!/^\d+$/.test(sourceDateEpoch))
      throw new Error(`SOURCE_DATE_EPOCH must be whole seconds, got "${sourceDateEpoch}"`);
    const utc = new Date(Number(sourceDateEpoch) * 1000);
    const y = utc.getUTCFullYear();
    // MS-DOS dates run from 1980 to 2107; fflate accepts 1980-2099.
    if (y >= 1980 && y <= 2099)
      t = {
        y,
        m: utc.getUTCMonth(),
        d: utc.getUTCDate(),
        h: utc.getUTCHours(),
        min: utc.getUTCMinutes(),
        s: utc.getUTCSeconds(),
      };
  }
  return new Date(t.y, t.m, t.d, t.h, t.min, t.s);
}

// A regular file, rw-r--r--, recorded as made on Unix so that unzip restores those permissions.
const UNIX = 3;
const FILE_MODE = 0o100644 << 16;

/**
 * fflate's deflate level: 6, half the time of 9 for 0.1 % more bytes (a synthetic city's
 * download: 9.0 -> 4.5 ms, 35,261 -> 35,292 bytes); 9 took 8.8 s of a cold 300-city build's main
 * thread. Zips are cached between builds (zip-cache.ts).
 */
export const ZIP_LEVEL = 6;

/**
 * A zip of the entries, sorted by path (code unit order), each deflated at ZIP_LEVEL with the same
 * mtime and attributes. Throws on a duplicate, absolute or "..", or empty path.
 */
export function deterministicZip(entries: readonly ZipEntry[], mtime = zipMtime()): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const errors: string[] = [];
  sorted.forEach((e, i) => {
    if (i > 0 && sorted[i - 1]!.path === e.path) errors.push(`"${e.path}" appears twice`);
    if (
      e.path === '' ||
      e.path.startsWith('/') ||
      e.path.split('/').some((p) => p === '..' || p === '')
    )
      errors.push(`"${e.path}" is not a relative path`);
  });
  if (errors.length > 0) throw new Error(`Cannot zip: ${errors.join('; ')}`);
  const files: Zippable = {};
  // Array-index-like keys would be reordered by the object, so they are never used as bare keys:
  // every path here has an extension or a folder, and the check below makes sure.
  for (const e of sorted)
    files[e.path] = [e.bytes, { level: ZIP_LEVEL, mtime, os: UNIX, attrs: FILE_MODE }];
  const order = Object.keys(files);
  if (order.some((p, i) => p !== sorted[i]!.path))
    throw new Error(`Cannot zip: an entry path looks like an array index (${order.join(', ')})`);
  return zipSync(files);
}

// The zip cache: a hit is the zip a fresh build writes, any change to an entry is a miss, a
// damaged entry is never served, and SHUANGJIAN_IMAGE_CACHE=off turns it off.
import { mkdtempSync, readdirSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deterministicZip, zipMtime, type ZipEntry } from '../../../src/lib/downloads/zip';
import { cachedZip, zipKey } from '../../../src/lib/downloads/zip-cache';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shuangjian-zip-cache-'));
  vi.stubEnv('SHUANGJIAN_IMAGE_CACHE', dir);
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

const entries = (text = '合肥,3937\n'): ZipEntry[] => [
  { path: 'data/figures.csv', bytes: new TextEncoder().encode(text) },
  { path: 'README.md', bytes: new TextEncoder().encode('# Hefei\n') },
];
const mtime = zipMtime('');

describe('the zip cache', () => {
  it('stores a zip and serves the same bytes a fresh zip has', () => {
    const fresh = deterministicZip(entries(), mtime);
    expect(Buffer.from(cachedZip(entries(), mtime)).equals(Buffer.from(fresh))).toBe(true);
    expect(readdirSync(join(dir, 'zips'))).toEqual([`${zipKey(entries(), mtime)}.zip`]);
    expect(Buffer.from(cachedZip(entries(), mtime)).equals(Buffer.from(fresh))).toBe(true);
  });

  it('keys by every entry’s path and bytes, and the mtime', () => {
    const key = zipKey(entries(), mtime);
    expect(zipKey(entries('合肥,3938\n'), mtime)).not.toBe(key);
    expect(zipKey([{ ...entries()[0]!, path: 'data/x.csv' }, entries()[1]!], mtime)).not.toBe(key);
    expect(zipKey(entries(), zipMtime('1700000000'))).not.toBe(key);
    expect(zipKey([...entries()].reverse(), mtime)).toBe(key);
  });

  it('never serves a truncated entry', () => {
    cachedZip(entries(), mtime);
    truncateSync(join(dir, 'zips', `${zipKey(entries(), mtime)}.zip`), 30);
    const again = cachedZip(entries(), mtime);
    expect(Buffer.from(again).equals(Buffer.from(deterministicZip(entries(), mtime)))).toBe(true);
  });

  it('is off with SHUANGJIAN_IMAGE_CACHE=off', () => {
    vi.stubEnv('SHUANGJIAN_IMAGE_CACHE', 'off');
    cachedZip(entries(), mtime);
    expect(readdirSync(dir)).toEqual([]);
  });
});

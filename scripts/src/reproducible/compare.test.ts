import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { compareTarballs, compareTrees, formatDifference, tarMembers } from './compare.ts';

const tmp = mkdtempSync(join(tmpdir(), 'shuangjian-compare-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A folder holding these files (path -> text), under tmp. */
function tree(name: string, files: Record<string, string>, mtime = 0): string {
  const root = join(tmp, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  // Files and folders alike, so that only `mtime` sets the times tar records.
  for (const path of Object.keys(files))
    for (let p = path; p !== '.'; p = dirname(p)) utimesSync(join(root, p), mtime, mtime);
  return root;
}

/** An uncompressed tar of a folder made with GNU tar, members in name order. */
function tar(dir: string): Buffer {
  const r = spawnSync('tar', ['--sort=name', '--owner=0', '--group=0', '-cf', '-', 'package'], {
    cwd: dir,
  });
  if (r.status !== 0) throw new Error(r.stderr.toString());
  return r.stdout;
}

describe('compareTrees', () => {
  const a = tree('a', { 'index.html': '<p>1</p>', 'x/y.txt': 'same' });

  it('counts identical files', () => {
    expect(compareTrees(a, tree('b', { 'index.html': '<p>1</p>', 'x/y.txt': 'same' }))).toEqual({
      identical: 2,
    });
  });

  it('names the first file whose bytes differ, and where', () => {
    const c = tree('c', { 'index.html': '<p>2</p>', 'x/y.txt': 'diff' });
    const { difference } = compareTrees(a, c);
    expect(difference).toEqual({
      path: 'index.html',
      detail: 'contents differ at byte 3 (of 8 and 8 bytes)',
    });
  });

  it('names a file found in only one of the trees', () => {
    const d = tree('d', { 'index.html': '<p>1</p>', 'x/y.txt': 'same', 'now.txt': '1' });
    expect(compareTrees(a, d).difference).toEqual({
      path: 'now.txt',
      detail: 'only in the second output',
    });
    expect(compareTrees(d, a).difference?.detail).toBe('only in the first output');
  });
});

describe('compareTarballs', () => {
  const files = { 'package/a.txt': 'a', 'package/b.txt': 'b' };
  const one = tar(tree('t1', files));

  it('accepts equal bytes', () => {
    expect(compareTarballs('x.tgz', gzipSync(one), gzipSync(one))).toBeUndefined();
    expect(tarMembers(one).map((m) => m.name)).toEqual([
      'package/',
      'package/a.txt',
      'package/b.txt',
    ]);
  });

  it('names the first member whose header differs', () => {
    const later = tar(tree('t2', files, 86_400));
    const d = compareTarballs('x.tgz', gzipSync(one), gzipSync(later));
    expect(d).toMatchObject({ path: 'x.tgz', member: 'package/' });
    expect(d!.detail).toMatch(/^header mtime differs/);
  });

  it('names the first member whose contents differ', () => {
    const other = tar(tree('t3', { ...files, 'package/b.txt': 'c' }));
    const d = compareTarballs('x.tgz', gzipSync(one), gzipSync(other));
    expect(formatDifference(d!)).toBe(
      'x.tgz, member package/b.txt: contents differ at byte 0 (of 1 and 1 bytes)',
    );
  });

  it('tells a different gzip wrapper from different members', () => {
    const d = compareTarballs('x.tgz', gzipSync(one, { level: 1 }), gzipSync(one, { level: 9 }));
    expect(d?.member).toBeUndefined();
    expect(d?.detail).toMatch(/gzip wrapper/);
  });
});

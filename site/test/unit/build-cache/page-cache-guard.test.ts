// The guard of Astro's page cache (src/lib/page-cache-guard.ts): a build that never finished
// generating its pages leaves its mark, and the next build drops Astro's record of stored pages.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { beginPages, endPages, MARK, RECORD } from '../../../src/lib/page-cache-guard';

let dir = '';
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'shuangjian-page-cache-')), '.astro');
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

it('keeps the record of a build that finished', () => {
  expect(beginPages(dir)).toBe(false); // no cache yet: made, and marked
  writeFileSync(join(dir, RECORD), '{}');
  endPages(dir);
  expect(existsSync(join(dir, MARK))).toBe(false);
  expect(beginPages(dir)).toBe(false);
  expect(existsSync(join(dir, RECORD))).toBe(true);
  expect(existsSync(join(dir, MARK))).toBe(true);
});

it('drops the record of a build that stopped before its pages were done', () => {
  beginPages(dir);
  writeFileSync(join(dir, RECORD), '{}'); // an older build's record; this one never ends
  expect(beginPages(dir)).toBe(true);
  expect(existsSync(join(dir, RECORD))).toBe(false);
  expect(beginPages(dir), 'nothing left to drop').toBe(false);
});

// The post-build pass (src/lib/postbuild/run.ts) on a copy of the built site: both languages'
// search bundles, the same bytes whether Pagefind indexes the languages at once or one after
// the other, and at once only while the estimate of their memory fits the budget.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bothLanguagesBytes,
  INDEX_BYTES_PER_PAGE,
  postbuild,
  searchMemory,
} from '../../src/lib/postbuild/run';
import { BUILD_HINT, DIST, distBuilt } from '../lib/dist';

let tmp = '';
beforeAll(() => {
  if (!distBuilt()) throw new Error(BUILD_HINT);
  tmp = mkdtempSync(join(tmpdir(), 'shuangjian-postbuild-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file of a folder, by its path under it, with its bytes. */
const tree = (dir: string) =>
  Object.fromEntries(
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((e) => e.isFile())
      .map((e) => {
        const file = join(e.parentPath, e.name);
        return [file.slice(dir.length + 1), readFileSync(file).toString('base64')];
      })
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
  );

describe('the post-build pass', () => {
  it('estimates both languages’ memory from their pages, within the budget it is given', () => {
    expect(bothLanguagesBytes(['index.html', 'cities/index.html', 'en/index.html'])).toBe(
      2 * INDEX_BYTES_PER_PAGE.zh + INDEX_BYTES_PER_PAGE.en,
    );
    expect(bothLanguagesBytes(['english/index.html'])).toBe(INDEX_BYTES_PER_PAGE.zh);
    expect(searchMemory({})).toBe(1792 * 2 ** 20);
    expect(searchMemory({ SHUANGJIAN_SEARCH_MEMORY_MB: '512' })).toBe(512 * 2 ** 20);
    expect(searchMemory({ SHUANGJIAN_SEARCH_MEMORY_MB: 'lots' })).toBe(1792 * 2 ** 20);
  });

  it('writes the same search bundles with both languages at once as one after the other', async () => {
    const runs: Record<string, Record<string, string>> = {};
    for (const [mode, budget] of [
      ['together', undefined],
      ['apart', '1'],
    ] as const) {
      const site = join(tmp, mode);
      cpSync(DIST, site, { recursive: true });
      const saved = process.env.SHUANGJIAN_SEARCH_MEMORY_MB;
      if (budget) process.env.SHUANGJIAN_SEARCH_MEMORY_MB = budget;
      const lines: string[] = [];
      try {
        const report = await postbuild(site, (line) => lines.push(line));
        expect(report.together).toBe(mode === 'together');
        expect(Object.keys(report.indexed).sort()).toEqual(['en', 'zh']);
      } finally {
        if (saved === undefined) delete process.env.SHUANGJIAN_SEARCH_MEMORY_MB;
        else process.env.SHUANGJIAN_SEARCH_MEMORY_MB = saved;
      }
      expect(lines[0]).toMatch(mode === 'together' ? /both languages at once/ : /one language/);
      runs[mode] = tree(join(site, 'pagefind'));
    }
    expect(Object.keys(runs.together!).length).toBeGreaterThan(10);
    expect(runs.together).toEqual(runs.apart);
    // The same bundles the build wrote.
    expect(runs.together).toEqual(tree(join(DIST, 'pagefind')));
  }, 120_000);
});

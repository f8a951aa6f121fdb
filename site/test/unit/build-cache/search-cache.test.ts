// The search bundles kept in the build cache (src/lib/postbuild/search-cache.ts): a key that
// follows every page Pagefind reads, a hit that is byte for byte the stored bundle, and no hit for
// another key or a store cut short.
import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pagesOf, SEARCH_GLOBS } from '../../../src/lib/postbuild/run';
import { restoreSearch, searchKey, storeSearch } from '../../../src/lib/postbuild/search-cache';
import { writeWhole } from '../../../src/lib/write-whole';

let tmp = '';
const write = (path: string, text: string) => writeWhole(join(tmp, path), Buffer.from(text));
const args = ['--glob', SEARCH_GLOBS.zh];

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'shuangjian-search-cache-'));
  write('dist/index.html', '<main data-pagefind-body>首页</main>');
  write('dist/cities/hefei/index.html', '<main data-pagefind-body>合肥</main>');
});

afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('the search cache', () => {
  const pages = ['index.html', 'cities/hefei/index.html'];
  const dist = () => join(tmp, 'dist');

  it('keys a bundle by every page’s path and bytes and by Pagefind’s arguments', async () => {
    const key = await searchKey(dist(), pages, args);
    expect(await searchKey(dist(), [...pages].reverse(), args), 'in any order').toBe(key);
    expect(await searchKey(dist(), pages, ['--glob', SEARCH_GLOBS.en])).not.toBe(key);
    expect(await searchKey(dist(), pages.slice(1), args)).not.toBe(key);
    write('dist/cities/hefei/index.html', '<main data-pagefind-body>合肥市</main>');
    expect(await searchKey(dist(), pages, args)).not.toBe(key);
  });

  it('gives back the stored bundle for its key only', async () => {
    const key = await searchKey(dist(), pages, args);
    const cache = join(tmp, 'cache', 'zh');
    write('bundle/pagefind.js', 'the script');
    write('bundle/index/zh_1.pf_index', 'an index');
    await storeSearch(cache, key, join(tmp, 'bundle'), 2);
    expect(await restoreSearch(cache, 'another key', join(tmp, 'out1'))).toBeUndefined();
    expect(await restoreSearch(cache, key, join(tmp, 'out2'))).toBe(2);
    expect(readFileSync(join(tmp, 'out2', 'index', 'zh_1.pf_index'), 'utf8')).toBe('an index');
    expect(readFileSync(join(tmp, 'out2', 'pagefind.js'), 'utf8')).toBe('the script');
    unlinkSync(join(cache, key, 'pages')); // as if the copy had been cut short
    expect(await restoreSearch(cache, key, join(tmp, 'out3'))).toBeUndefined();
    await storeSearch(cache, 'a later key', join(tmp, 'bundle'), 3);
    expect(readdirSync(cache), 'one bundle a language').toEqual(['a later key']);
  });
});

describe('the pages of each language', () => {
  it('are English under en/ and Chinese everywhere else, as the Pagefind globs say', () => {
    const all = [
      'index.html',
      'en/index.html',
      'embed/latest/x/index.html',
      'en/embed/latest/x/index.html',
      'enforcement/index.html',
      'figures/hefei/en/index.html',
    ];
    expect(pagesOf('zh', all)).toEqual([
      'index.html',
      'embed/latest/x/index.html',
      'enforcement/index.html',
      'figures/hefei/en/index.html',
    ]);
    expect(pagesOf('en', all)).toEqual(['en/index.html', 'en/embed/latest/x/index.html']);
  });
});

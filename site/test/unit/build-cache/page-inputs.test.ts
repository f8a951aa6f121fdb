// What the incremental build's cacheKey stands for (src/lib/page-inputs.ts): every input of the
// pages that Astro's module hash cannot see. Checked on a small site folder made here, and on the
// real middleware's imports.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { imageBuildState } from '../../../src/lib/images/build-state';
import {
  cached,
  localModules,
  pageInputFiles,
  pageInputsDigest,
} from '../../../src/lib/page-inputs';
import { siteRoot } from '../../../src/lib/site-root';
import { writeWhole } from '../../../src/lib/write-whole';

let root = '';
const write = (path: string, text: string) => writeWhole(join(root, path), Buffer.from(text));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'shuangjian-page-inputs-'));
  write('astro.config.mjs', 'export default {};\n');
  write(
    'package.json',
    JSON.stringify({
      dependencies: {
        '@shuangjian/x': 'workspace:*',
        '@shuangjian/gone': 'workspace:*',
        other: '1',
      },
    }),
  );
  const pkg = 'node_modules/@shuangjian/x';
  write(`${pkg}/package.json`, JSON.stringify({ name: '@shuangjian/x', version: '1.0.0' }));
  write(`${pkg}/data/dataset.json`, '{"figures":[1]}');
  write(`${pkg}/node_modules/dep/index.js`, 'dependency');
  write(`${pkg}/.turbo/turbo-build.log`, 'a log that changes with every build');
  write('node_modules/other/package.json', JSON.stringify({ name: 'other', version: '1.0.0' }));
  // A city linked into node_modules and listed in site.config.json, not yet a dependency.
  write('site.config.json', JSON.stringify({ cities: ['newcity'] }));
  write('node_modules/@shuangjian/newcity/package.json', '{"name":"@shuangjian/newcity"}');
  write('node_modules/@shuangjian/newcity/data/dataset.json', '{"figures":[]}');
  write('src/middleware.ts', "import { page } from './lib/page';\nexport const m = page;\n");
  write('src/lib/page.ts', "export { x as page } from './x.ts';\n");
  write('src/lib/x.ts', 'export const x = 1;\n');
  write('src/lib/unused.ts', 'export const y = 2;\n');
  write('src/styles/charts.css', '.bar { fill: blue }\n');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the page inputs', () => {
  it('are the site’s @shuangjian packages and cities, the middleware’s modules and charts.css', () => {
    expect(pageInputFiles(root).map(([label]) => label)).toEqual([
      '@shuangjian/newcity/data/dataset.json',
      '@shuangjian/newcity/package.json',
      '@shuangjian/x/data/dataset.json',
      '@shuangjian/x/package.json',
      'site/src/lib/page.ts',
      'site/src/lib/x.ts',
      'site/src/middleware.ts',
      'site/src/styles/charts.css',
    ]);
  });

  it('change the digest when any of them changes, and only then', () => {
    const before = pageInputsDigest(root, {});
    expect(pageInputsDigest(root, {})).toBe(before);
    write('node_modules/@shuangjian/x/.turbo/turbo-build.log', 'another log');
    write('src/lib/unused.ts', 'export const y = 3;\n');
    expect(pageInputsDigest(root, {}), 'logs and modules nothing imports').toBe(before);
    for (const [file, text] of [
      ['node_modules/@shuangjian/x/data/dataset.json', '{"figures":[2]}'],
      ['src/lib/x.ts', 'export const x = 2;\n'],
      ['src/styles/charts.css', '.bar { fill: red }\n'],
    ] as const) {
      const was = pageInputsDigest(root, {});
      write(file, text);
      expect(pageInputsDigest(root, {}), file).not.toBe(was);
    }
    const was = pageInputsDigest(root, {});
    expect(pageInputsDigest(root, { SOURCE_DATE_EPOCH: '1700000000' })).not.toBe(was);
  });

  it('fail on a city that is not installed', () => {
    write('site.config.json', JSON.stringify({ cities: ['newcity', 'absent'] }));
    expect(() => pageInputFiles(root)).toThrow(
      'site.config.json lists "absent", but @shuangjian/absent is not installed',
    );
  });

  it('fail on an import they cannot follow, naming the module', () => {
    write('src/lib/x.ts', "import './gone';\n");
    expect(() => pageInputFiles(root)).toThrow(
      /src\/lib\/x\.ts: cannot resolve the import "\.\/gone"/,
    );
  });
});

describe('the cacheKey of a page', () => {
  // The build state lives on globalThis, which test files of one worker share: keep theirs.
  const state = imageBuildState();
  const outDir = state.outDir;
  afterEach(() => {
    state.outDir = outDir;
  });

  it('is left out in dev, and is the digest of the page inputs in a build', () => {
    const paths = [{ params: { city: 'hefei' } }];
    delete state.outDir; // as in dev
    expect(cached(paths)).toEqual(paths);
    state.outDir = '/nowhere'; // what the image integration sets in a build
    expect(cached(paths)).toEqual([{ params: { city: 'hefei' }, cacheKey: pageInputsDigest() }]);
  });
});

describe('the real site', () => {
  it('counts every module the middleware rewrites pages with', () => {
    const site = siteRoot();
    const modules = localModules(join(site, 'src', 'middleware.ts')).map((f) =>
      f.slice(site.length + 1),
    );
    expect(modules).toEqual(
      expect.arrayContaining([
        'src/middleware.ts',
        'src/lib/postbuild/page.ts',
        'src/lib/chinese-runs.ts',
        'src/lib/csp/policy.ts',
        'src/lib/images/write-images.ts',
      ]),
    );
  });

  it('counts the data of every city the site builds', () => {
    const labels = new Set(pageInputFiles().map(([label]) => label));
    for (const city of ['hefei', 'huangshan', 'bengbu'])
      expect(labels.has(`@shuangjian/${city}/data/dataset.json`), city).toBe(true);
  });
});

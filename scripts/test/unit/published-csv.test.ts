// Every CSV a city package publishes (data/figures.csv and data/figures.excel.csv), read by a
// strict reader from another family than the writer's: one record per figure, the header's field
// count on every record, and every cell byte for byte what figures.json and dataset.json say.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@shuangjian/schema';
import { COLUMNS } from '../../src/build/figure-table.ts';
import { REPO_ROOT } from '../../src/paths.ts';
import { csvRows } from '../csv-rows.ts';

const PACKAGES = join(REPO_ROOT, 'packages');
const CITY_PACKAGES = readdirSync(PACKAGES)
  .filter((name) => {
    try {
      readFileSync(join(PACKAGES, name, 'data', 'figures.csv'));
      return true;
    } catch {
      return false;
    }
  })
  .sort();

it('finds the city packages', () => {
  expect(CITY_PACKAGES).toEqual(expect.arrayContaining(['bengbu', 'hefei', 'huangshan']));
});

describe.each(CITY_PACKAGES)('@shuangjian/%s', (city) => {
  const read = (file: string) => readFileSync(join(PACKAGES, city, file), 'utf8');
  const dataset = JSON.parse(read('data/dataset.json')) as Dataset;
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const expected = [
    COLUMNS.map((c) => c.name),
    ...dataset.figures.map((f) =>
      COLUMNS.map((c) => String(c.get(f, sources.get(f.source)!, dataset.city) ?? '')),
    ),
  ];

  it('describes each CSV with the encoding that reads its first column name right', () => {
    const descriptor = JSON.parse(read('datapackage.json')) as {
      resources: { path: string; encoding: string }[];
    };
    const encodings = Object.fromEntries(descriptor.resources.map((r) => [r.path, r.encoding]));
    expect(encodings['data/figures.csv']).toBe('utf-8');
    expect(encodings['data/figures.excel.csv']).toBe('utf-8-sig');
    // Python (as frictionless-py and pandas do) decodes each with the declared encoding.
    if (spawnSync('python3', ['--version']).status !== 0) return;
    for (const file of ['data/figures.csv', 'data/figures.excel.csv']) {
      const py = spawnSync(
        'python3',
        [
          '-c',
          'import sys; print(open(sys.argv[1], encoding=sys.argv[2], newline="").readline()[:10])',
          join(PACKAGES, city, file),
          encodings[file]!,
        ],
        { encoding: 'utf8' },
      );
      expect(py.stdout, file).toBe('global_id,\n');
    }
  });

  it.each([
    ['data/figures.csv', false],
    ['data/figures.excel.csv', true],
  ])('%s: one record per figure, every cell exact', (file, bom) => {
    expect(csvRows(read(file), { bom, name: `${city}/${file}` })).toEqual(expected);
  });
});

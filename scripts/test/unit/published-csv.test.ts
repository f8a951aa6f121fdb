// Every CSV a package publishes (data/figures.csv and data/figures.excel.csv of each city and of
// the all-cities package, and its data/indicators.csv), read by a strict reader from another family
// than the writer's: one record per figure or indicator, the header's field count on every record,
// and every cell byte for byte what dataset.json and indicators.json say.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset, Indicator } from '@shuangjian/schema';
import { COLUMNS } from '../../src/build/figure-table.ts';
import { REPO_ROOT } from '../../src/paths.ts';
import { csvRows } from '../csv-rows.ts';

const PACKAGES = join(REPO_ROOT, 'packages');
const CITY_PACKAGES = readdirSync(PACKAGES)
  .filter((name) => {
    try {
      readFileSync(join(PACKAGES, name, 'data', 'dataset.json'));
      return true;
    } catch {
      return false;
    }
  })
  .sort();

it('finds the city packages', () => {
  expect(CITY_PACKAGES).toEqual(expect.arrayContaining(['bengbu', 'hefei', 'huangshan']));
});

const datasetOf = (city: string) =>
  JSON.parse(readFileSync(join(PACKAGES, city, 'data', 'dataset.json'), 'utf8')) as Dataset;

/** The rows of figures.csv for these datasets, in order, from their JSON. */
const figureRows = (datasets: readonly Dataset[]) => [
  COLUMNS.map((c) => c.name),
  ...datasets.flatMap((dataset) => {
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    return dataset.figures.map((f) =>
      COLUMNS.map((c) => String(c.get(f, sources.get(f.source)!, dataset.city) ?? '')),
    );
  }),
];

describe('@shuangjian/all-cities', () => {
  const read = (file: string) => readFileSync(join(PACKAGES, 'all-cities', file), 'utf8');

  it.each([
    ['data/figures.csv', false],
    ['data/figures.excel.csv', true],
  ])('%s: one record per figure of every city, cities by slug, every cell exact', (file, bom) => {
    expect(csvRows(read(file), { bom, name: `all-cities/${file}` })).toEqual(
      figureRows(CITY_PACKAGES.map(datasetOf)),
    );
  });

  it('data/indicators.csv: one record per indicator, every cell exact', () => {
    const indicators = JSON.parse(read('data/indicators.json')) as Indicator[];
    const rows = csvRows(read('data/indicators.csv'), { name: 'all-cities/data/indicators.csv' });
    expect(rows.length).toBe(indicators.length + 1);
    const header = rows[0]!;
    indicators.forEach((i, n) => {
      const cell = (name: string) => rows[n + 1]![header.indexOf(name)];
      expect(cell('id')).toBe(i.id);
      expect(cell('name_en')).toBe(i.name.en);
      expect(cell('unit')).toBe(i.unit);
      expect(cell('definition_zh')).toBe(i.definition.zh);
      expect(cell('comparability_en')).toBe(i.comparability.en);
      expect(cell('definition_differences_en')).toBe(i.definition_differences?.en ?? '');
    });
  });
});

describe.each(CITY_PACKAGES)('@shuangjian/%s', (city) => {
  const read = (file: string) => readFileSync(join(PACKAGES, city, file), 'utf8');
  const expected = figureRows([datasetOf(city)]);

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

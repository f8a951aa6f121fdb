// build:data: deterministic, committed outputs current, CSV round-trips, descriptors valid.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import type { Figure } from '@shuangjian/schema';
import { COLUMNS } from '../../src/build/figure-table.ts';
import { runBuildData, runCheckData, validateAndBuild } from '../../src/build/run.ts';
import { REPO_ROOT } from '../../src/paths.ts';
import { expectValidDescriptor } from '../descriptor.ts';
import { copyRepo, removeRepo } from '../fixture-repo.ts';
import { csvObjects, csvRows } from '../csv-rows.ts';

const CITIES = ['hefei', 'huangshan', 'bengbu'];
const pkgFile = (city: string, path: string) =>
  readFileSync(join(REPO_ROOT, 'packages', city, path));
const roots: string[] = [];
afterAll(() => roots.forEach(removeRepo));

describe('determinism', () => {
  it('two builds in memory give the same bytes', () => {
    const a = validateAndBuild({ repoRoot: REPO_ROOT }).outputs;
    const b = validateAndBuild({ repoRoot: REPO_ROOT }).outputs;
    expect(a.size).toBeGreaterThan(20);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [path, bytes] of a) expect(Buffer.compare(bytes, b.get(path)!), path).toBe(0);
  });

  it('two builds into two fresh copies write identical files', () => {
    const hashes = [copyRepo(), copyRepo()].map((root) => {
      roots.push(root);
      const run = runBuildData({ repoRoot: root });
      expect(run.code).toBe(0);
      const written = run.out
        .filter((l) => l.startsWith('  wrote '))
        .map((l) => l.slice('  wrote '.length))
        .sort();
      return written.map(
        (p) =>
          `${p} ${createHash('sha256')
            .update(readFileSync(join(root, p)))
            .digest('hex')}`,
      );
    });
    expect(hashes[0]!.length).toBeGreaterThan(20);
    expect(hashes[0]).toEqual(hashes[1]);
  });

  it('the committed generated files are what build:data writes (pnpm check:data)', () => {
    const run = runCheckData({ repoRoot: REPO_ROOT });
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
  });
});

describe.each(CITIES)('%s files', (city) => {
  const figures = JSON.parse(pkgFile(city, 'data/figures.json').toString('utf8')) as Figure[];
  const dataset = JSON.parse(pkgFile(city, 'data/dataset.json').toString('utf8'));

  it('figures.csv round-trips to the figures of figures.json', () => {
    const csv = pkgFile(city, 'data/figures.csv').toString('utf8');
    expect(csv.includes('\r\n')).toBe(true);
    const rows = csvObjects(csv, { name: `${city} figures.csv` });
    expect(rows).toHaveLength(figures.length);
    rows.forEach((row, i) => {
      const f = figures[i]!;
      const source = dataset.sources.find((s: { id: string }) => s.id === f.source);
      for (const col of COLUMNS)
        expect(row[col.name], `${f.global_id} ${col.name}`).toBe(
          String(col.get(f, source, dataset.city) ?? ''),
        );
      expect(Number(row.value)).toBe(f.value);
    });
  });

  it('every figure has its title and English quote in figures.json and figures.csv', () => {
    const csv = pkgFile(city, 'data/figures.csv').toString('utf8');
    const header = csvRows(csv)[0]!;
    const after = (name: string) => header[header.indexOf(name) + 1];
    expect([after('label_en'), after('title_zh'), after('quote')]).toEqual([
      'title_zh',
      'title_en',
      'quote_en',
    ]);
    const rows = csvObjects(csv, { name: `${city} figures.csv` });
    expect(figures.length).toBeGreaterThan(20);
    figures.forEach((f, i) => {
      const row = rows[i]!;
      for (const [text, cell] of [
        [f.title.zh, row.title_zh],
        [f.title.en, row.title_en],
        [f.quote_en, row.quote_en],
      ]) {
        expect(text, f.global_id).toMatch(/\S/);
        expect(cell, f.global_id).toBe(text);
      }
    });
  });

  it('figures.excel.csv is the same table with a UTF-8 byte-order mark', () => {
    const excel = pkgFile(city, 'data/figures.excel.csv');
    expect(csvRows(excel.toString('utf8'), { bom: true })).toHaveLength(figures.length + 1);
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.compare(excel.subarray(3), pkgFile(city, 'data/figures.csv'))).toBe(0);
  });

  it('datapackage.json is valid against the official Data Package v2 profile, with true sizes and hashes', () => {
    const descriptor = expectValidDescriptor(city);
    const table = descriptor.resources.find((r) => r.name === 'figures')!;
    expect(table.schema!.fields.map((f) => f.name)).toEqual(COLUMNS.map((c) => c.name));
    for (const field of table.schema!.fields) expect(field.description.length).toBeGreaterThan(10);
  });

  it('dataset.json and figures.json follow the published JSON Schemas', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const schema = (name: string) =>
      JSON.parse(readFileSync(join(REPO_ROOT, 'packages', 'schema', 'schema', name), 'utf8'));
    const checkDataset = ajv.compile(schema('dataset.schema.json'));
    expect(checkDataset(dataset), JSON.stringify(checkDataset.errors)).toBe(true);
    const checkFigures = ajv.compile(schema('figures.schema.json'));
    expect(checkFigures(figures), JSON.stringify(checkFigures.errors)).toBe(true);
    expect(checkFigures([{ ...figures[0], value: '3937' }])).toBe(false);
  });

  it('source text in the package is the verbatim source, and every quote sits at its offsets', () => {
    const source = dataset.sources[0];
    const text = pkgFile(city, `data/sources/${source.id}.zh.txt`);
    expect(createHash('sha256').update(text).digest('hex')).toBe(source.sha256);
    const chars = Array.from(text.toString('utf8'));
    for (const f of figures)
      expect(chars.slice(f.quote.start, f.quote.end).join('')).toBe(f.quote.text);
  });

  it('the README documents every file and every field', () => {
    const readme = pkgFile(city, 'README.md').toString('utf8');
    for (const col of COLUMNS) expect(readme).toContain(`\`${col.name}\``);
    for (const path of [
      'data/figures.csv',
      'data/figures.excel.csv',
      'data/figures.json',
      'data/dataset.json',
      'datapackage.json',
    ])
      expect(readme).toContain(path);
  });
});

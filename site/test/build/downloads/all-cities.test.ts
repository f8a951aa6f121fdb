// /downloads/all/: every city's files joined in site order, and a valid descriptor of them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASETS } from '../../../src/lib/site-data';
import { DATASETS as PACKAGES, listFiles } from '../../lib/expected';
import {
  csvRecords,
  DOWNLOADS,
  expectedAllFiles,
  packageFile,
  packageSources,
  requireDist,
  served,
} from '../../lib/downloads';

// The official Data Package v2 profiles, vendored (Unlicense) so that validation runs offline.
const PROFILES = join(import.meta.dirname, '../../../../scripts/vendor/frictionless/2.0');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema?: unknown;
  dialect?: unknown;
}
const descriptorOf = (bytes: Buffer) =>
  JSON.parse(bytes.toString('utf8')) as Record<string, unknown> & { resources: Resource[] };

beforeAll(requireDist);

describe('/downloads/all/', () => {
  it('holds every city package, in the site order', () => {
    expect(DATASETS.map((d) => d.name).sort()).toEqual(PACKAGES.map((d) => d.name).sort());
  });

  it('has exactly the all-cities files', () => {
    expect(listFiles(join(DOWNLOADS, 'all'))).toEqual(expectedAllFiles());
  });

  it('figures.json is every city’s figures.json, concatenated in site order', () => {
    const all = JSON.parse(served('all/figures.json').toString('utf8')) as unknown[];
    const parts = DATASETS.map(
      (d) => JSON.parse(packageFile(d.name, 'data/figures.json').toString('utf8')) as unknown[],
    );
    expect(all).toEqual(parts.flat());
    expect(all.length).toBe(DATASETS.reduce((n, d) => n + d.figures.length, 0));
  });

  it('figures.csv has the cities’ header once, then every city’s rows in site order', () => {
    const all = served('all/figures.csv');
    const parts = DATASETS.map((d) => packageFile(d.name, 'data/figures.csv').toString('utf8'));
    const header = parts[0]!.slice(0, parts[0]!.indexOf('\r\n'));
    for (const p of parts) expect(p.slice(0, p.indexOf('\r\n'))).toBe(header);
    const text = all.toString('utf8');
    expect(text.slice(0, header.length + 2)).toBe(`${header}\r\n`);
    expect(csvRecords(text)).toBe(1 + parts.reduce((n, p) => n + csvRecords(p) - 1, 0));
    expect(csvRecords(text)).toBe(1 + DATASETS.reduce((n, d) => n + d.figures.length, 0));
    const bodies = parts.map((p) => p.slice(header.length + 2));
    expect(text).toBe(`${header}\r\n${bodies.join('')}`);
    expect(text.startsWith('\uFEFF')).toBe(false);
  });

  it('figures.excel.csv is figures.csv with a UTF-8 byte-order mark', () => {
    const excel = served('all/figures.excel.csv');
    expect(excel.subarray(0, 3).equals(BOM)).toBe(true);
    expect(excel.subarray(3).equals(served('all/figures.csv'))).toBe(true);
  });

  it('the source texts are the packages’ byte for byte', () => {
    for (const d of DATASETS)
      for (const s of packageSources(d.name))
        expect(served(`all/sources/${s}`).equals(packageFile(d.name, `data/sources/${s}`))).toBe(
          true,
        );
  });
});

describe('/downloads/all/datapackage.json', () => {
  const descriptor = () => descriptorOf(served('all/datapackage.json'));
  const city = (name: string) => descriptorOf(packageFile(name, 'datapackage.json'));

  it('is valid against the official Data Package v2 profiles', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addFormat('textarea', true); // an editor hint in the profiles, not a constraint
    const profile = (name: string) =>
      ajv.compile(JSON.parse(readFileSync(join(PROFILES, `${name}.json`), 'utf8')) as object);
    const valid = (check: ReturnType<typeof profile>, value: unknown) =>
      expect(check(value), JSON.stringify(check.errors, null, 2)).toBe(true);
    const d = descriptor();
    valid(profile('datapackage'), d);
    // The profile really checks: a resource without a path or data is refused.
    expect(profile('datapackage')({ ...d, resources: [{ name: 'figures' }] })).toBe(false);
    for (const r of d.resources) {
      valid(profile('dataresource'), r);
      if (r.schema) valid(profile('tableschema'), r.schema);
      if (r.dialect) valid(profile('tabledialect'), r.dialect);
    }
  });

  it('lists every served file but itself, with its true size and sha256', () => {
    const d = descriptor();
    expect(d.resources.map((r) => r.path).sort()).toEqual(
      expectedAllFiles().filter((f) => f !== 'datapackage.json'),
    );
    for (const r of d.resources) {
      const bytes = served(`all/${r.path}`);
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
  });

  it('copies the cities’ table schema, dialect and licences, and lists every city’s sources', () => {
    const d = descriptor();
    const first = city(DATASETS[0]!.name);
    for (const name of ['figures', 'figures-excel']) {
      const r = d.resources.find((x) => x.name === name)!;
      const c = first.resources.find((x) => x.name === name)!;
      expect(r.schema).toEqual(c.schema);
      expect(r.dialect).toEqual(c.dialect);
    }
    expect(d.licenses).toEqual(first.licenses);
    expect(d.sources).toEqual(DATASETS.flatMap((x) => city(x.name).sources as unknown[]));
    const header = served('all/figures.csv').toString('utf8').split('\r\n')[0]!.split(',');
    const table = d.resources.find((x) => x.name === 'figures')!;
    expect((table.schema as { fields: { name: string }[] }).fields.map((f) => f.name)).toEqual(
      header,
    );
  });
});

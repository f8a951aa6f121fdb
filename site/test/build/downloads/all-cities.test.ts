// /downloads/all/: the files of the @shuangjian/all-cities package, byte for byte, which hold every
// city the site shows, and a descriptor that is valid and true to the served bytes.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectValidDescriptor } from '../../../../scripts/test/descriptor.ts';
import { DATASETS } from '../../../src/lib/site-data';
import { listFiles } from '../../lib/expected';
import {
  ALL_CITIES_PACKAGE,
  DOWNLOADS,
  expectedAllFiles,
  packageFile,
  requireDist,
  served,
} from '../../lib/downloads';

interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema?: { fields: { name: string }[] };
  dialect?: unknown;
}
const descriptorOf = (bytes: Buffer) =>
  JSON.parse(bytes.toString('utf8')) as Record<string, unknown> & { resources: Resource[] };
const BY_SLUG = [...DATASETS].sort((a, b) => (a.city.slug < b.city.slug ? -1 : 1));

beforeAll(requireDist);

describe('/downloads/all/', () => {
  it('serves exactly the all-cities package’s data files, descriptor, manifest and README', () => {
    expect(listFiles(join(DOWNLOADS, 'all'))).toEqual(expectedAllFiles());
  });

  it('serves them byte for byte as the package holds them', () => {
    for (const path of expectedAllFiles())
      expect(served(`all/${path}`).equals(packageFile(ALL_CITIES_PACKAGE, path)), path).toBe(true);
  });

  it('holds every city the site shows, by slug', () => {
    const cities = JSON.parse(served('all/data/cities.json').toString('utf8')) as {
      slug: string;
    }[];
    expect(cities).toEqual(BY_SLUG.map((d) => d.city));
  });

  it('figures.json is every city’s figures.json, cities by slug', () => {
    const all = JSON.parse(served('all/data/figures.json').toString('utf8')) as unknown[];
    const parts = BY_SLUG.map(
      (d) => JSON.parse(packageFile(d.name, 'data/figures.json').toString('utf8')) as unknown[],
    );
    expect(all).toEqual(parts.flat());
  });

  it('figures.csv has the cities’ header once, then every city’s rows by slug, byte for byte', () => {
    const parts = BY_SLUG.map((d) => packageFile(d.name, 'data/figures.csv').toString('utf8'));
    const header = parts[0]!.slice(0, parts[0]!.indexOf('\r\n') + 2);
    for (const p of parts) expect(p.startsWith(header)).toBe(true);
    expect(served('all/data/figures.csv').toString('utf8')).toBe(
      header + parts.map((p) => p.slice(header.length)).join(''),
    );
  });

  it('the source texts are the city packages’ byte for byte', () => {
    for (const d of DATASETS)
      for (const s of d.sources) {
        const path = `data/sources/${s.id}.zh.txt`;
        expect(served(`all/${path}`).equals(packageFile(d.name, path)), path).toBe(true);
      }
  });
});

describe('/downloads/all/datapackage.json', () => {
  const descriptor = () => descriptorOf(served('all/datapackage.json'));
  const city = (name: string) => descriptorOf(packageFile(name, 'datapackage.json'));

  it('is valid against the official Data Package v2 profiles, with true sizes and hashes', () => {
    const d = expectValidDescriptor(join(DOWNLOADS, 'all'));
    expect(d.resources.map((r) => r.path).sort()).toEqual(
      expectedAllFiles().filter((f) => f.startsWith('data/') && f !== 'data/manifest.sha256'),
    );
  });

  it('has the package’s version', () => {
    const pkg = JSON.parse(packageFile(ALL_CITIES_PACKAGE, 'package.json').toString('utf8')) as {
      version: string;
    };
    expect(descriptor().version).toBe(pkg.version);
  });

  it('has the cities’ table schema, dialect and licences, and every city’s sources', () => {
    const d = descriptor();
    const first = city(DATASETS[0]!.name);
    for (const name of ['figures', 'figures-excel']) {
      const r = d.resources.find((x) => x.name === name)!;
      const c = first.resources.find((x) => x.name === name)!;
      expect(r.schema).toEqual(c.schema);
      expect(r.dialect).toEqual(c.dialect);
    }
    expect(d.licenses).toEqual(first.licenses);
    expect(d.sources).toEqual(BY_SLUG.flatMap((x) => city(x.name).sources as unknown[]));
    for (const table of ['figures', 'indicators']) {
      const r = d.resources.find((x) => x.name === table)!;
      const header = served(`all/${r.path}`).toString('utf8').split('\r\n')[0]!.split(',');
      expect(
        r.schema!.fields.map((f) => f.name),
        table,
      ).toEqual(header);
    }
  });
});

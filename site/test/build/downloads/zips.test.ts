// The zips: exactly the expected files, byte for byte as served, and the same bytes every build.
import { unzipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ARCHIVE, archives } from '../../../src/lib/downloads';
import { deterministicZip, zipMtime } from '../../../src/lib/downloads/zip';
import { DATASETS } from '../../../src/lib/site-data';
import {
  ALL_CITIES_PACKAGE,
  EXTRAS,
  expectedAllFiles,
  expectedCityZip,
  packageFile,
  requireDist,
  served,
} from '../../lib/downloads';

const unzip = (bytes: Uint8Array) => unzipSync(bytes);
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

/** What an entry of a city zip must equal: the served file, or the package's README and licences. */
function cityFile(d: (typeof DATASETS)[number], path: string): Buffer {
  return EXTRAS.includes(path) ? packageFile(d.name, path) : served(`${d.city.slug}/${path}`);
}

describe('served zips', () => {
  beforeAll(requireDist);

  it('has one zip per city and one of everything', () => {
    expect(archives(DATASETS).map((a) => a.name)).toEqual([
      ALL_ARCHIVE,
      ...DATASETS.map((d) => `${d.city.slug}.zip`),
    ]);
  });

  it('a city zip holds the package layout, README and licences, as served', () => {
    for (const d of DATASETS) {
      const files = unzip(served(`${d.city.slug}.zip`));
      expect(Object.keys(files), d.city.slug).toEqual(expectedCityZip(d));
      for (const [path, bytes] of Object.entries(files))
        expect(same(bytes, cityFile(d, path)), `${d.city.slug}.zip ${path}`).toBe(true);
    }
  });

  it('the zip of everything holds the all-cities files and a folder per city, as served', () => {
    const files = unzip(served(ALL_ARCHIVE));
    const top = ['LICENSE', 'LICENSE-DATA', 'CITATION.cff'];
    const want = [
      ...expectedAllFiles(),
      ...top,
      ...DATASETS.flatMap((d) => expectedCityZip(d).map((p) => `${d.city.slug}/${p}`)),
    ].sort();
    expect(Object.keys(files)).toEqual(want);
    for (const [path, bytes] of Object.entries(files)) {
      const [head, ...rest] = path.split('/');
      const d = DATASETS.find((x) => x.city.slug === head);
      const expected = d
        ? cityFile(d, rest.join('/'))
        : top.includes(path)
          ? packageFile(ALL_CITIES_PACKAGE, path)
          : served(`all/${path}`);
      expect(same(bytes, expected), path).toBe(true);
    }
  });

  it('the zip of everything has a README whose codebook explains every column of both tables', () => {
    const readme = Buffer.from(unzip(served(ALL_ARCHIVE))['README.md']!).toString('utf8');
    const descriptor = JSON.parse(served('all/datapackage.json').toString('utf8')) as {
      resources: { path: string; schema?: { fields: { name: string }[] } }[];
    };
    const tables = descriptor.resources.filter((r) => r.schema && !r.path.includes('excel'));
    expect(tables.map((r) => r.path)).toEqual(['data/figures.csv', 'data/indicators.csv']);
    for (const table of tables)
      for (const f of table.schema!.fields) expect(readme, f.name).toContain(`| \`${f.name}\` |`);
    expect(readme).toContain('`nearly`');
    expect(readme).toMatch(/^## How to cite$/m);
    for (const d of DATASETS) expect(readme).toContain(`\`${d.name}\``);
  });

  it('stamps every entry with zipMtime() (1980-01-01 00:00 unless SOURCE_DATE_EPOCH)', () => {
    const t = zipMtime();
    const time = (t.getHours() << 11) | (t.getMinutes() << 5) | (t.getSeconds() >> 1);
    const date = ((t.getFullYear() - 1980) << 9) | ((t.getMonth() + 1) << 5) | t.getDate();
    // Walk the local file headers: DOS time at offset 10, date at 12, then sizes and names.
    const zip = Buffer.from(served('hefei.zip'));
    let entries = 0;
    for (let at = 0; zip.readUInt32LE(at) === 0x04034b50; entries++) {
      expect(zip.readUInt16LE(at + 10)).toBe(time);
      expect(zip.readUInt16LE(at + 12)).toBe(date);
      at += 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28) + zip.readUInt32LE(at + 18);
    }
    expect(entries).toBe(expectedCityZip(DATASETS[0]!).length);
  });
});

describe('deterministic zips', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('two builds of every zip give the same bytes', () => {
    for (const a of archives(DATASETS)) {
      const one = deterministicZip(a.entries());
      const two = deterministicZip([...a.entries()].reverse());
      expect(same(one, two), a.name).toBe(true);
      expect(same(one, a.bytes()), a.name).toBe(true);
    }
  });

  it('gives the same bytes in any time zone, also with SOURCE_DATE_EPOCH', () => {
    const entries = archives(DATASETS)[1]!.entries();
    const build = (zone: string, epoch?: string) => {
      process.env.TZ = zone;
      return deterministicZip(entries, zipMtime(epoch));
    };
    expect(same(build('Asia/Shanghai'), build('America/Los_Angeles'))).toBe(true);
    const epoch = String(Date.UTC(2023, 8, 27, 12, 30, 10) / 1000);
    const a = build('Asia/Shanghai', epoch);
    expect(same(a, build('America/Los_Angeles', epoch))).toBe(true);
    expect(same(a, build('UTC'))).toBe(false);
    // 2023-09-27 12:30:10 UTC as an MS-DOS date and time.
    const zip = Buffer.from(a);
    expect(zip.readUInt16LE(10)).toBe((12 << 11) | (30 << 5) | (10 >> 1));
    expect(zip.readUInt16LE(12)).toBe(((2023 - 1980) << 9) | (9 << 5) | 27);
  });

  it('sorts entries and refuses duplicate or unsafe paths', () => {
    const bytes = new Uint8Array([1]);
    const zip = deterministicZip([
      { path: 'b/x.txt', bytes },
      { path: 'a.txt', bytes },
      { path: 'B.txt', bytes },
    ]);
    expect(Object.keys(unzip(zip))).toEqual(['B.txt', 'a.txt', 'b/x.txt']);
    expect(() =>
      deterministicZip([
        { path: 'a.txt', bytes },
        { path: 'a.txt', bytes },
      ]),
    ).toThrow('"a.txt" appears twice');
    expect(() => deterministicZip([{ path: '../a.txt', bytes }])).toThrow('not a relative path');
    expect(() =>
      deterministicZip([
        { path: '7', bytes },
        { path: '10', bytes },
      ]),
    ).toThrow('looks like an array index');
    expect(() => zipMtime('soon')).toThrow('SOURCE_DATE_EPOCH must be whole seconds');
  });
});

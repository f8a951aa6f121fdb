// The checks that stop the build when per-city files cannot be joined.
import { describe, expect, it } from 'vitest';
import { allCitiesDescriptor, type CityPackage } from '../../../src/lib/downloads/all-datapackage';
import { concatCsv, concatJsonArrays, withBom } from '../../../src/lib/downloads/concat';
import { DATASETS } from '../../../src/lib/site-data';
import { packageFile } from '../../lib/downloads';

const file = (name: string, text: string) => ({ name, bytes: Buffer.from(text, 'utf8') });

describe('concatCsv', () => {
  it('keeps the first header and every file’s rows, byte for byte', () => {
    const out = concatCsv([file('a', 'x,y\r\n1,"a\r\nb"\r\n'), file('b', 'x,y\r\n2,"c"""\r\n')]);
    expect(out.toString('utf8')).toBe('x,y\r\n1,"a\r\nb"\r\n2,"c"""\r\n');
    expect(withBom(out).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('fails, naming the file and column, when a header differs', () => {
    expect(() => concatCsv([file('a.csv', 'x,y\r\n'), file('b.csv', 'x,z\r\n')])).toThrow(
      'b.csv: header differs from a.csv\'s: column 2 is "z", not "y"',
    );
    expect(() => concatCsv([file('a.csv', 'x,y\r\n'), file('b.csv', 'x,y,w\r\n')])).toThrow(
      /b\.csv: header differs.*1 extra column/,
    );
  });

  it('reports every problem at once: a byte-order mark, a missing final CRLF', () => {
    expect(() =>
      concatCsv([
        file('a.csv', 'x\r\n1\r\n'),
        file('b.csv', '\uFEFFx\r\n1'),
        file('c.csv', 'x\r\n1'),
      ]),
    ).toThrow(
      /\(4\):[^]*b\.csv: starts with a byte-order mark[^]*b\.csv: header differs[^]*c\.csv: does not end in CRLF/,
    );
  });

  it('joins the real packages without complaint', () => {
    const files = DATASETS.map((d) => ({
      name: d.name,
      bytes: packageFile(d.name, 'data/figures.csv'),
    }));
    expect(() => concatCsv(files)).not.toThrow();
  });
});

describe('concatJsonArrays', () => {
  it('joins arrays and formats like the packages', () => {
    const out = concatJsonArrays([file('a', '[1]'), file('b', '[{"k":2}]')]);
    expect(out.toString('utf8')).toBe('[\n  1,\n  {\n    "k": 2\n  }\n]\n');
  });

  it('fails, naming the file, on anything but an array', () => {
    expect(() => concatJsonArrays([file('a.json', '{}'), file('b.json', '[')])).toThrow(
      /a\.json: not a JSON array[^]*b\.json: /,
    );
  });
});

describe('allCitiesDescriptor', () => {
  const cities = (): CityPackage[] =>
    DATASETS.map((d) => ({
      packageName: d.name,
      version: d.version,
      cityName: d.city.name,
      descriptor: JSON.parse(packageFile(d.name, 'datapackage.json').toString('utf8')),
    }));
  const content = (header: string[]) => ({
    csv: { path: 'figures.csv', bytes: new Uint8Array(), header },
    excel: { path: 'figures.excel.csv', bytes: new Uint8Array() },
    json: { path: 'figures.json', bytes: new Uint8Array() },
    sources: [],
  });
  const fields = (c: CityPackage[]) =>
    c[0]!.descriptor.resources.find((r) => r.name === 'figures')!.schema!.fields.map((f) => f.name);

  it('fails when a city’s table schema or licences differ', () => {
    const c = cities();
    const r = c[1]!.descriptor.resources.find((x) => x.name === 'figures')!;
    r.schema = { fields: [{ name: 'other' }] };
    c[2]!.descriptor.licenses = [];
    expect(() => allCitiesDescriptor(c, content(fields(c)))).toThrow(
      new RegExp(
        `${c[1]!.packageName} datapackage.json: table schema of "figures" differs[^]*${c[2]!.packageName} datapackage.json: licenses differ`,
      ),
    );
  });

  it('fails when the CSV header is not the schema’s field list', () => {
    const c = cities();
    expect(() => allCitiesDescriptor(c, content(['global_id']))).toThrow(
      /figures\.csv: header \[global_id\] is not the table schema's fields/,
    );
  });
});

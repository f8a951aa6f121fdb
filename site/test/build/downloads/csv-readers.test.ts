// Every CSV the site publishes (/downloads/**, and inside every zip), read by a strict reader
// from another family than the writer's (d3-dsv, with the RFC 4180 rules it leaves out) and by
// Python's csv module where it is installed: one record per figure, the header's field count on
// every record, and cells equal to the city packages' own, byte for byte.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRows } from '../../../../scripts/test/csv-rows.ts';
import { DATASETS, INDICATORS, listFiles } from '../../lib/expected';
import { DOWNLOADS, packageFile, requireDist } from '../../lib/downloads';

interface PublishedCsv {
  /** Where it is published, e.g. "hefei/data/figures.csv" or "hefei.zip:data/figures.csv". */
  name: string;
  text: string;
}

function publishedCsvs(): PublishedCsv[] {
  const out: PublishedCsv[] = [];
  for (const file of listFiles(DOWNLOADS)) {
    if (file.endsWith('.csv'))
      out.push({ name: file, text: readFileSync(join(DOWNLOADS, file), 'utf8') });
    if (file.endsWith('.zip'))
      for (const [entry, bytes] of Object.entries(unzipSync(readFileSync(join(DOWNLOADS, file)))))
        if (entry.endsWith('.csv'))
          out.push({ name: `${file}:${entry}`, text: Buffer.from(bytes).toString('utf8') });
  }
  return out;
}

/** The city a published CSV belongs to, "all" for the all-cities table, "indicators" for theirs. */
function tableOf(name: string): string {
  if (basename(name) === 'indicators.csv') return 'indicators';
  const [first, second] = name.split(/[/:]/);
  if (first === 'shuangjian-data-all.zip') return second === 'data' ? 'all' : second!;
  if (first === 'all') return 'all';
  return first!.replace(/\.zip$/, '');
}

/** The all-cities table joins the cities by slug. */
const SLUG_ORDER = DATASETS.map((d) => d.city.slug).sort();

/** indicators.csv as its cells must read, from the catalogue itself. */
const INDICATOR_ROWS = [
  [
    'id',
    'name_zh',
    'name_en',
    'unit',
    'alternate_units',
    'definition_zh',
    'definition_en',
    'comparability_zh',
    'comparability_en',
    'definition_differences_zh',
    'definition_differences_en',
  ],
  ...INDICATORS.map((i) => [
    i.id,
    i.name.zh,
    i.name.en,
    i.unit,
    i.alternate_units.join(' '),
    i.definition.zh,
    i.definition.en,
    i.comparability.zh,
    i.comparability.en,
    i.definition_differences?.zh ?? '',
    i.definition_differences?.en ?? '',
  ]),
];

let csvs: PublishedCsv[] = [];
const packageRows = new Map<string, string[][]>();

beforeAll(() => {
  requireDist();
  csvs = publishedCsvs();
  for (const d of DATASETS)
    packageRows.set(
      d.city.slug,
      csvRows(packageFile(d.name, 'data/figures.csv').toString('utf8'), { name: d.name }),
    );
});

const scratch = mkdtempSync(join(tmpdir(), 'shuangjian-csv-readers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('published CSVs', () => {
  it('are every figures CSV of every city, the all-cities tables and the zips', () => {
    // Per city: 2 files served, 2 in its zip, 2 in the all-cities zip; for all: 3 served
    // (figures, figures for Excel, indicators) and the same 3 in the zip of everything.
    expect(csvs.length).toBe(DATASETS.length * 6 + 6);
  });

  it('read strictly as one record per figure or indicator, with cells equal to the data’s', () => {
    for (const csv of csvs) {
      const bom = basename(csv.name).endsWith('.excel.csv');
      const rows = csvRows(csv.text, { bom, name: csv.name });
      const table = tableOf(csv.name);
      const want =
        table === 'indicators'
          ? INDICATOR_ROWS
          : table === 'all'
            ? [
                packageRows.get(SLUG_ORDER[0]!)![0]!,
                ...SLUG_ORDER.flatMap((slug) => packageRows.get(slug)!.slice(1)),
              ]
            : packageRows.get(table);
      expect(want, `${csv.name}: no package for ${table}`).toBeDefined();
      expect(rows, csv.name).toEqual(want);
    }
  });

  it.runIf(spawnSync('python3', ['--version']).status === 0)(
    'read the same in Python’s csv module',
    () => {
      const files = csvs.map((csv, i) => {
        const file = join(scratch, `${i}.csv`);
        writeFileSync(file, csv.text);
        return file;
      });
      const py = spawnSync(
        'python3',
        [
          '-c',
          'import csv,json,sys\nprint(json.dumps([list(csv.reader(open(f, newline="", encoding="utf-8-sig"))) for f in sys.argv[1:]]))',
          ...files,
        ],
        { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
      );
      expect(py.stderr).toBe('');
      const read = JSON.parse(py.stdout) as string[][][];
      csvs.forEach((csv, i) => {
        const bom = basename(csv.name).endsWith('.excel.csv');
        expect(read[i], csv.name).toEqual(csvRows(csv.text, { bom }));
      });
    },
  );
});

// figures.csv against readers that are not csv-stringify's family: d3-dsv (strict, below), and
// where installed the ones researchers use, Python's csv module and sqlite3's .import.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataset } from '@shuangjian/hefei';
import type { Figure, Source } from '@shuangjian/schema';
import { csvRows } from '../../test/csv-rows.ts';
import { figuresCsv, figuresExcelCsv } from './csv.ts';
import { COLUMNS } from './figure-table.ts';

/** Notes that broke or could break a row: every character RFC 4180 says must be quoted. */
const HOSTILE_NOTES: Figure['notes'][] = [
  [
    { zh: '第一条', en: 'first note' },
    { zh: '第二条', en: 'second note' },
  ],
  [{ zh: '甲\r\n乙', en: 'a CRLF\r\ninside' }],
  [{ zh: '引号“”和"直引号"', en: 'a "quoted" word' }],
  [{ zh: '逗号,和,', en: 'commas, here, and there' }],
  [{ zh: ' 前导空格', en: ' leading space' }],
  [{ zh: '尾随空格 ', en: 'trailing space ' }],
  [{ zh: '孤立\r回车', en: 'a lone\rCR' }],
];

const sources = new Map<string, Source>(dataset.sources.map((s) => [s.id, s]));
const figures: Figure[] = HOSTILE_NOTES.map((notes, i) => ({
  ...dataset.figures[i]!,
  notes,
}));
const csv = figuresCsv(figures, sources, dataset.city);
const expected = [
  COLUMNS.map((c) => c.name),
  ...figures.map((f) =>
    COLUMNS.map((c) => String(c.get(f, sources.get(f.source)!, dataset.city) ?? '')),
  ),
];

const scratch = mkdtempSync(join(tmpdir(), 'shuangjian-csv-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const file = join(scratch, 'figures.csv');
writeFileSync(file, csv);

const has = (command: string) => spawnSync(command, ['--version']).status === 0;

describe('figuresCsv with notes holding LF, CRLF, CR, quotes, commas and edge spaces', () => {
  it('has a header of distinct column names (sqlite3 and pandas need them distinct)', () => {
    const names = COLUMNS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('reads back, strictly, as one record per figure with every cell byte for byte', () => {
    expect(csvRows(csv)).toEqual(expected);
  });

  it('quotes every field that holds a line break, so records end only at CRLF', () => {
    expect(csv).toContain('"first note\nsecond note"');
    expect(csv).toContain('"a lone\rCR"');
    expect(csv).toContain('" leading space"');
  });

  it('the Excel file reads back the same after its byte-order mark', () => {
    expect(csvRows(figuresExcelCsv(csv), { bom: true })).toEqual(expected);
  });

  it.runIf(has('python3'))('reads the same in Python’s csv module', () => {
    const py = spawnSync(
      'python3',
      [
        '-c',
        'import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))))',
        file,
      ],
      { encoding: 'utf8' },
    );
    expect(py.stderr).toBe('');
    expect(JSON.parse(py.stdout)).toEqual(expected);
  });

  it.runIf(has('sqlite3'))(
    'imports into sqlite3 with one row per figure and the same cells',
    () => {
      const sql = spawnSync(
        'sqlite3',
        ['-json', ':memory:', `.import --csv ${file} figures`, 'SELECT * FROM figures;'],
        { encoding: 'utf8' },
      );
      expect(sql.stderr).toBe('');
      const rows = JSON.parse(sql.stdout) as Record<string, string>[];
      expect(rows.map((r) => expected[0]!.map((h) => String(r[h])))).toEqual(expected.slice(1));
    },
  );
});

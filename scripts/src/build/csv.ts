import type { City, Figure, Source } from '@shuangjian/schema';
import { stringify } from 'csv-stringify/sync';
import { COLUMNS } from './figure-table.ts';

/**
 * Fields quoted besides those csv-stringify quotes itself (a delimiter or a quote): with a CRLF
 * record delimiter it no longer quotes a bare LF or CR, which Python's csv, sqlite3 and Excel then
 * read as the end of a row. Leading or trailing white space is quoted too, so that no reader trims
 * it.
 */
const ALSO_QUOTE = [/[\r\n]/, /^\s|\s$/];

/** figures.csv: RFC 4180 (CRLF, quotes doubled), UTF-8, a header row; empty field = no value. */
export function figuresCsv(
  figures: readonly Figure[],
  sources: ReadonlyMap<string, Source>,
  city: City,
): string {
  const rows = figures.map((f) => COLUMNS.map((c) => c.get(f, sources.get(f.source)!, city) ?? ''));
  return stringify([COLUMNS.map((c) => c.name), ...rows], {
    record_delimiter: '\r\n',
    quoted_match: ALSO_QUOTE,
  });
}

/** The same table with a UTF-8 byte-order mark, so that Excel opens the Chinese text correctly. */
export function figuresExcelCsv(csv: string): string {
  return `\uFEFF${csv}`;
}

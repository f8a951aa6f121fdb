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

/** A table as RFC 4180 CSV (CRLF, quotes doubled), UTF-8, a header row; empty field = no value. */
export function tableCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  return stringify([[...header], ...rows.map((r) => r.map((v) => v ?? ''))], {
    record_delimiter: '\r\n',
    quoted_match: ALSO_QUOTE,
  });
}

/** A figure with the source it is quoted from and its city: one row of a figures table. */
export interface FigureRow {
  figure: Figure;
  source: Source;
  city: City;
}

/** figures.csv of any set of figures: one row each, the columns of COLUMNS. */
export function figureRowsCsv(rows: readonly FigureRow[]): string {
  return tableCsv(
    COLUMNS.map((c) => c.name),
    rows.map((r) => COLUMNS.map((c) => c.get(r.figure, r.source, r.city))),
  );
}

/** figures.csv of one city. */
export function figuresCsv(
  figures: readonly Figure[],
  sources: ReadonlyMap<string, Source>,
  city: City,
): string {
  return figureRowsCsv(
    figures.map((figure) => ({ figure, source: sources.get(figure.source)!, city })),
  );
}

/** The same table with a UTF-8 byte-order mark, so that Excel opens the Chinese text correctly. */
export function figuresExcelCsv(csv: string): string {
  return `\uFEFF${csv}`;
}

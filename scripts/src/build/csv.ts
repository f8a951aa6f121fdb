import type { Figure, Source } from '@shuangjian/schema';
import { stringify } from 'csv-stringify/sync';
import { COLUMNS } from './figure-table.ts';

/** figures.csv: RFC 4180 (CRLF, quotes doubled), UTF-8, a header row; empty field = no value. */
export function figuresCsv(
  figures: readonly Figure[],
  sources: ReadonlyMap<string, Source>,
): string {
  const rows = figures.map((f) => COLUMNS.map((c) => c.get(f, sources.get(f.source)!) ?? ''));
  return stringify([COLUMNS.map((c) => c.name), ...rows], { record_delimiter: '\r\n' });
}

/** The same table with a UTF-8 byte-order mark, so that Excel opens the Chinese text correctly. */
export function figuresExcelCsv(csv: string): string {
  return `\uFEFF${csv}`;
}

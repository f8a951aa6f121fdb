// CSV as rows of fields, parsed by csv-parse (RFC 4180 quoting), for tests here and in site/test.
import { parse } from 'csv-parse/sync';

/** Every row of a CSV text (a leading byte-order mark is dropped), as arrays of fields. */
export function csvRows(text: string): string[][] {
  return parse(text, { bom: true, relaxColumnCount: false }) as string[][];
}

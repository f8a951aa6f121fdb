// CSV read back by a strict reader from another family than the writer's (csv-stringify): d3-dsv's
// csvParseRows, plus the RFC 4180 rules it does not enforce itself. For tests here and in site/test.
import { csvParseRows } from 'd3-dsv';

const BOM = '\uFEFF';

/**
 * Every record of an RFC 4180 CSV text as arrays of fields. Throws, naming the record, when the
 * text does not end in CRLF, a CR or LF outside quotes is not part of a CRLF record end (readers
 * such as Python's csv and sqlite3 split rows there), or a record's field count differs from the
 * header's. `bom: true` requires (and drops) a UTF-8 byte-order mark; otherwise there must be none.
 */
export function csvRows(text: string, { bom = false, name = 'CSV' } = {}): string[][] {
  if (text.startsWith(BOM) !== bom)
    throw new Error(`${name}: ${bom ? 'has no' : 'has a'} byte-order mark`);
  const body = bom ? text.slice(1) : text;
  if (!body.endsWith('\r\n')) throw new Error(`${name}: does not end in CRLF`);
  let quoted = false;
  let record = 1;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\r' && body[i + 1] === '\n') {
      record++;
      i++;
    } else if (!quoted && (c === '\r' || c === '\n'))
      throw new Error(
        `${name}: record ${record} has a bare ${c === '\r' ? 'CR' : 'LF'} outside quotes`,
      );
  }
  if (quoted) throw new Error(`${name}: ends inside a quoted field`);
  const rows = csvParseRows(body.slice(0, -2));
  const width = rows[0]?.length ?? 0;
  rows.forEach((row, i) => {
    if (row.length !== width)
      throw new Error(`${name}: record ${i + 1} has ${row.length} fields, the header ${width}`);
  });
  return rows;
}

/** The records after the header, as objects keyed by the header's names. */
export function csvObjects(text: string, options: Parameters<typeof csvRows>[1] = {}) {
  const [header, ...rows] = csvRows(text, options);
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
}

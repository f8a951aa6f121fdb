// Joining per-city files into one all-cities file, byte-exact, with checks that they can be joined.

const CRLF = Buffer.from('\r\n');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** A per-city file to join: its name for error messages (e.g. "@shuangjian/hefei data/figures.csv"). */
export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

/** The fields of a CSV header line, e.g. "a,b" -> ["a", "b"] (column names are never quoted). */
export function headerFields(header: Uint8Array): string[] {
  return Buffer.from(header).toString('utf8').split(',');
}

/** The header line of an RFC 4180 CSV file (without its CRLF); throws if there is none. */
export function csvHeader(file: NamedBytes): Buffer {
  const bytes = Buffer.from(file.bytes);
  const end = bytes.indexOf(CRLF);
  if (end < 0) throw new Error(`${file.name}: no header line ending in CRLF`);
  return bytes.subarray(0, end);
}

/**
 * One CSV from several with the same header: the first file's header, then every file's data rows
 * in order, byte for byte. Throws, naming every offending file at once, when a file has a
 * byte-order mark, does not end in CRLF, or has a header that differs from the first file's.
 */
export function concatCsv(files: readonly NamedBytes[]): Buffer {
  if (files.length === 0) throw new Error('concatCsv: no files to join');
  const errors: string[] = [];
  const header = csvHeader(files[0]!);
  const bodies: Buffer[] = [];
  for (const file of files) {
    const bytes = Buffer.from(file.bytes);
    if (bytes.subarray(0, 3).equals(BOM))
      errors.push(`${file.name}: starts with a byte-order mark`);
    if (!bytes.subarray(-2).equals(CRLF)) errors.push(`${file.name}: does not end in CRLF`);
    const own = csvHeader(file);
    if (!own.equals(header)) {
      const want = headerFields(header);
      const have = headerFields(own);
      const at = want.findIndex((name, i) => have[i] !== name);
      const where =
        at < 0
          ? `it has ${have.length - want.length} extra column(s)`
          : `column ${at + 1} is "${have[at] ?? '(missing)'}", not "${want[at]}"`;
      errors.push(`${file.name}: header differs from ${files[0]!.name}'s: ${where}`);
    }
    bodies.push(bytes.subarray(own.length + CRLF.length));
  }
  if (errors.length > 0)
    throw new Error(
      `Cannot join the per-city CSV files (${errors.length}):\n  ${errors.join('\n  ')}`,
    );
  return Buffer.concat([header, CRLF, ...bodies]);
}

/** The same CSV with a UTF-8 byte-order mark, as the packages' figures.excel.csv. */
export function withBom(csv: Uint8Array): Buffer {
  return Buffer.concat([BOM, csv]);
}

/**
 * One JSON array from several files that each hold an array, formatted as the packages format
 * JSON (two-space indent, final newline). Throws naming every file that is not a JSON array.
 */
export function concatJsonArrays(files: readonly NamedBytes[]): Buffer {
  const errors: string[] = [];
  const all: unknown[] = [];
  for (const file of files) {
    try {
      const value: unknown = JSON.parse(Buffer.from(file.bytes).toString('utf8'));
      if (Array.isArray(value)) all.push(...(value as unknown[]));
      else errors.push(`${file.name}: not a JSON array`);
    } catch (e) {
      errors.push(`${file.name}: ${(e as Error).message}`);
    }
  }
  if (errors.length > 0)
    throw new Error(`Cannot join the per-city JSON files:\n  ${errors.join('\n  ')}`);
  return Buffer.from(`${JSON.stringify(all, null, 2)}\n`, 'utf8');
}

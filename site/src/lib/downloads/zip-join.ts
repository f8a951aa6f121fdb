// Zips joined without deflating again: the zip of everything holds every city's files as its zip
// does, so its entries are copied from the cities' zips, already deflated, under the city's folder.
// Deflating them a second time took 4.2 s of a cold 300-city build's main thread, and fflate's
// buffers (a few hundred KB a file, 3,600 files) brought on a full garbage collection of the
// build's large heap every few hundred milliseconds meanwhile.
//
// This reads only zips that zip.ts writes (fflate's zipSync: sizes in each local header, no data
// descriptors, no extra fields or comments, no ZIP64) and writes the same layout, copying every
// header field but the name and the offsets. The bytes are those deterministicZip gives for the
// same entries (test/unit/downloads/zip-join.test.ts): an entry's deflated data does not depend on
// the zip around it.

/** An entry of a zip, as it is stored: its headers' fixed parts, its name and its data. */
export interface StoredEntry {
  path: string;
  /** The local file header's first 30 bytes. */
  local: Uint8Array;
  /** The central directory header's first 46 bytes. */
  central: Uint8Array;
  /** The entry's data as stored (deflated). */
  data: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const MAX_ENTRIES = 0xffff;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
function put16(b: Uint8Array, at: number, v: number) {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
}
function put32(b: Uint8Array, at: number, v: number) {
  put16(b, at, v & 0xffff);
  put16(b, at + 2, v >>> 16);
}

/** The entries of a zip that zip.ts wrote, in its order. Throws, naming the zip, on any other. */
export function readZip(zip: Uint8Array, name: string): StoredEntry[] {
  const fail = (rule: string): never => {
    throw new Error(`${name}: not a zip this site wrote (${rule})`);
  };
  const end = zip.length - 22;
  if (end < 0 || u32(zip, end) !== END) fail('no end of central directory, or a comment');
  const count = u16(zip, end + 10);
  const size = u32(zip, end + 12);
  let at = u32(zip, end + 16);
  if (u16(zip, end + 8) !== count || at + size !== end) fail('a central directory out of place');
  const entries: StoredEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(zip, at) !== CENTRAL) fail(`central header ${i} missing`);
    const nameLength = u16(zip, at + 28);
    if (u16(zip, at + 30) !== 0 || u16(zip, at + 32) !== 0) fail('an extra field or comment');
    const central = zip.subarray(at, at + 46);
    const path = Buffer.from(zip.subarray(at + 46, at + 46 + nameLength)).toString('utf8');
    const offset = u32(zip, at + 42);
    at += 46 + nameLength;
    const local = zip.subarray(offset, offset + 30);
    if (u32(local, 0) !== LOCAL) fail(`no local header for ${path}`);
    if (u16(local, 6) & 0x08) fail(`${path} has a data descriptor`);
    if (u16(local, 26) !== nameLength || u16(local, 28) !== 0)
      fail(`${path}: local and central headers differ`);
    // Flags, method, time, CRC and sizes: the same in both headers.
    for (let k = 6; k < 26; k++) if (local[k] !== central[k + 2]) fail(`${path}: headers differ`);
    const start = offset + 30 + nameLength;
    const data = zip.subarray(start, start + u32(local, 18));
    if (data.length !== u32(local, 18)) fail(`${path} runs past the end`);
    entries.push({ path, local, central, data });
  }
  if (at !== end) fail('bytes after the central directory');
  return entries;
}

/** A zip of stored entries, sorted by path (code unit order) as deterministicZip sorts them. */
export function writeZip(entries: readonly StoredEntry[]): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const twice = sorted.find((e, i) => i > 0 && sorted[i - 1]!.path === e.path);
  if (twice) throw new Error(`Cannot zip: "${twice.path}" appears twice`);
  if (sorted.length > MAX_ENTRIES) throw new Error(`Cannot zip: more than ${MAX_ENTRIES} files`);
  const names = sorted.map((e) => Buffer.from(e.path, 'utf8'));
  let localBytes = 0;
  let centralBytes = 0;
  sorted.forEach((e, i) => {
    localBytes += 30 + names[i]!.length + e.data.length;
    centralBytes += 46 + names[i]!.length;
  });
  const out = new Uint8Array(localBytes + centralBytes + 22);
  let at = 0;
  let dir = localBytes;
  sorted.forEach((e, i) => {
    const name = names[i]!;
    out.set(e.local, at);
    put16(out, at + 26, name.length);
    out.set(name, at + 30);
    out.set(e.data, at + 30 + name.length);
    out.set(e.central, dir);
    put16(out, dir + 28, name.length);
    put32(out, dir + 42, at);
    out.set(name, dir + 46);
    at += 30 + name.length + e.data.length;
    dir += 46 + name.length;
  });
  put32(out, dir, END);
  put16(out, dir + 8, sorted.length);
  put16(out, dir + 10, sorted.length);
  put32(out, dir + 12, centralBytes);
  put32(out, dir + 16, localBytes);
  return out;
}

/** The entries of a zip under a folder ("city/"), as a zip of that folder would hold them. */
export function inFolder(entries: readonly StoredEntry[], folder: string): StoredEntry[] {
  return entries.map((e) => ({ ...e, path: `${folder}/${e.path}` }));
}

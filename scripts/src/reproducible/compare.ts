// Byte-for-byte comparison of two build outputs: folder trees, and gzipped tarballs member by member.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The first thing that differs between two outputs. */
export interface Difference {
  /** The differing file, relative to the compared folder ("/"-separated). */
  path: string;
  /** For a tarball, the first differing member (e.g. "package/dist/index.js"). */
  member?: string;
  /** What differs, e.g. "contents differ at byte 120 (of 300 and 300 bytes)". */
  detail: string;
}

/** How a comparison came out: how many files were identical, or the first difference. */
export interface Comparison {
  identical: number;
  difference?: Difference;
}

/** Every file under dir as "/"-separated paths relative to it, sorted in code-unit order. */
export function listFiles(dir: string): string[] {
  const walk = (rel: string): string[] =>
    readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) => {
      const path = rel ? `${rel}/${e.name}` : e.name;
      return e.isDirectory() ? walk(path) : [path];
    });
  return walk('').sort();
}

/** Where two byte strings first differ, or undefined when they are equal. */
export function firstDifference(a: Uint8Array, b: Uint8Array): string | undefined {
  if (Buffer.compare(a, b) === 0) return undefined;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `contents differ at byte ${i} (of ${a.length} and ${b.length} bytes)`;
}

/** The first path in one sorted list but not the other, with the side it is on. */
function firstUnmatched(a: string[], b: string[]): Difference | undefined {
  const inB = new Set(b);
  const inA = new Set(a);
  const onlyA = a.find((p) => !inB.has(p));
  const onlyB = b.find((p) => !inA.has(p));
  if (onlyA === undefined && onlyB === undefined) return undefined;
  if (onlyB === undefined || (onlyA !== undefined && onlyA < onlyB))
    return { path: onlyA!, detail: 'only in the first output' };
  return { path: onlyB, detail: 'only in the second output' };
}

/** Compare two folders: the same file list, and the same bytes in each file. */
export function compareTrees(
  a: string,
  b: string,
  compareFile: (path: string, a: Uint8Array, b: Uint8Array) => Difference | undefined = (
    path,
    x,
    y,
  ) => {
    const detail = firstDifference(x, y);
    return detail === undefined ? undefined : { path, detail };
  },
): Comparison {
  const files = listFiles(a);
  const unmatched = firstUnmatched(files, listFiles(b));
  if (unmatched) return { identical: 0, difference: unmatched };
  for (const [i, path] of files.entries()) {
    const difference = compareFile(path, readFileSync(join(a, path)), readFileSync(join(b, path)));
    if (difference) return { identical: i, difference };
  }
  return { identical: files.length };
}

/** One entry of a tar archive: its header block and its data. */
interface TarMember {
  name: string;
  header: Uint8Array;
  data: Uint8Array;
}

const text = (block: Uint8Array, start: number, length: number) =>
  Buffer.from(block.subarray(start, start + length))
    .toString('latin1')
    .replace(/\0.*$/s, '');

/** The members of an uncompressed (ustar or pax) tar archive, in archive order. */
export function tarMembers(tar: Uint8Array): TarMember[] {
  const members: TarMember[] = [];
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512);
    if (header.every((byte) => byte === 0)) break;
    const prefix = text(header, 257, 6) === 'ustar' ? text(header, 345, 155) : '';
    const name = prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100);
    const size = parseInt(text(header, 124, 12).trim() || '0', 8);
    members.push({ name, header, data: tar.subarray(at + 512, at + 512 + size) });
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return members;
}

// The ustar header fields worth naming when two headers differ (the checksum follows from them).
const HEADER_FIELDS: [string, number, number][] = [
  ['mode', 100, 8],
  ['uid', 108, 8],
  ['gid', 116, 8],
  ['size', 124, 12],
  ['mtime', 136, 12],
  ['type', 156, 1],
  ['link name', 157, 100],
  ['owner name', 265, 32],
  ['group name', 297, 32],
];

/** Compare two .tgz files member by member; undefined when their bytes are equal. */
export function compareTarballs(
  path: string,
  a: Uint8Array,
  b: Uint8Array,
): Difference | undefined {
  if (Buffer.compare(a, b) === 0) return undefined;
  const [tarA, tarB] = [gunzipSync(a), gunzipSync(b)];
  if (Buffer.compare(tarA, tarB) === 0)
    return { path, detail: 'the gzip wrapper differs (header time, OS or compression level)' };
  const [membersA, membersB] = [tarMembers(tarA), tarMembers(tarB)];
  for (let i = 0; i < Math.max(membersA.length, membersB.length); i++) {
    const [x, y] = [membersA[i], membersB[i]];
    if (!x || !y || x.name !== y.name)
      return {
        path,
        member: x?.name ?? y!.name,
        detail: `member ${i} is ${x ? `"${x.name}"` : 'missing'} in the first and ${y ? `"${y.name}"` : 'missing'} in the second`,
      };
    const field = HEADER_FIELDS.find(
      ([, start, length]) => text(x.header, start, length) !== text(y.header, start, length),
    );
    if (field) {
      const [label, start, length] = field;
      return {
        path,
        member: x.name,
        detail: `header ${label} differs: "${text(x.header, start, length)}" vs "${text(y.header, start, length)}"`,
      };
    }
    if (Buffer.compare(x.header, y.header) !== 0)
      return { path, member: x.name, detail: 'header differs (device numbers or checksum)' };
    const data = firstDifference(x.data, y.data);
    if (data) return { path, member: x.name, detail: data };
  }
  return { path, detail: 'the tar padding or end blocks differ' };
}

/** One line naming a difference, e.g. `x.tgz, member package/a.js: contents differ at byte 3 (...)`. */
export function formatDifference(d: Difference): string {
  return `${d.path}${d.member ? `, member ${d.member}` : ''}: ${d.detail}`;
}

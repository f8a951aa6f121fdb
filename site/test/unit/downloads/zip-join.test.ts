// Zips joined from zips (zip-join.ts): the bytes deterministicZip gives for the same entries, read
// back by a second reader (fflate's unzip, which checks every CRC), and anything but a zip this
// site wrote refused with the zip's name and the rule.
import { Zip, ZipDeflate, unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { archives, allZipEntries } from '../../../src/lib/downloads/archives';
import { deterministicZip, zipMtime, type ZipEntry } from '../../../src/lib/downloads/zip';
import { inFolder, readZip, writeZip } from '../../../src/lib/downloads/zip-join';
import { DATASETS } from '../../../src/lib/site-data';

const mtime = zipMtime('1700000000');
const text = (s: string) => new TextEncoder().encode(s);
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
const entries: ZipEntry[] = [
  { path: 'data/figures.csv', bytes: text('city,value\n合肥,3937\n'.repeat(200)) },
  { path: 'README.md', bytes: text('# Hefei\n') },
  { path: 'data/sources/合肥.zh.txt', bytes: text('原文') },
  { path: 'empty.txt', bytes: new Uint8Array(0) },
];

describe('zips joined without deflating again', () => {
  it('reads a zip and writes it back to the same bytes', () => {
    const zip = deterministicZip(entries, mtime);
    const read = readZip(zip, 'a.zip');
    expect(read.map((e) => e.path)).toEqual([...entries.map((e) => e.path)].sort());
    expect(same(writeZip(read), zip)).toBe(true);
    expect(same(writeZip([...read].reverse()), zip)).toBe(true);
  });

  it('puts a zip in a folder: the bytes of one zip of every file under its path', () => {
    const top = [{ path: 'LICENSE', bytes: text('CC BY 4.0') }];
    const joined = writeZip([
      ...readZip(deterministicZip(top, mtime), 'top.zip'),
      ...inFolder(readZip(deterministicZip(entries, mtime), 'hefei.zip'), 'hefei'),
      ...inFolder(readZip(deterministicZip(entries.slice(1), mtime), 'bengbu.zip'), 'bengbu'),
    ]);
    const whole = deterministicZip(
      [
        ...top,
        ...entries.map((e) => ({ ...e, path: `hefei/${e.path}` })),
        ...entries.slice(1).map((e) => ({ ...e, path: `bengbu/${e.path}` })),
      ],
      mtime,
    );
    expect(same(joined, whole)).toBe(true);
    const files = unzipSync(joined);
    expect(Object.keys(files)).toHaveLength(1 + entries.length + entries.length - 1);
    expect(same(files['hefei/data/figures.csv']!, entries[0]!.bytes)).toBe(true);
  });

  it('gives the site’s zip of everything the bytes of deflating every file again', () => {
    vi.stubEnv('SHUANGJIAN_IMAGE_CACHE', 'off'); // made now, not read from the build cache
    try {
      const all = archives(DATASETS)[0]!;
      expect(all.city).toBeNull();
      expect(same(all.bytes(), deterministicZip(allZipEntries(DATASETS), zipMtime()))).toBe(true);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('refuses a zip it did not write, naming it and the rule', () => {
    const zip = deterministicZip(entries, mtime);
    expect(() => readZip(zip.subarray(0, zip.length - 1), 'cut.zip')).toThrow(
      'cut.zip: not a zip this site wrote (no end of central directory, or a comment)',
    );
    expect(() => readZip(zipSync({ 'a.txt': text('a') }, { comment: 'hi' }), 'c.zip')).toThrow(
      'c.zip: not a zip this site wrote',
    );
    expect(() =>
      readZip(zipSync({ 'a.txt': [text('a'), { extra: { 1: new Uint8Array(4) } }] }), 'x.zip'),
    ).toThrow('x.zip: not a zip this site wrote (an extra field or comment)');
    // fflate's streaming zip writes data descriptors after each entry.
    const chunks: Uint8Array[] = [];
    const stream = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    const file = new ZipDeflate('a.txt', { level: 6 });
    stream.add(file);
    file.push(text('a'), true);
    stream.end();
    expect(() => readZip(Buffer.concat(chunks), 'd.zip')).toThrow(
      'd.zip: not a zip this site wrote (a.txt has a data descriptor)',
    );
  });

  it('refuses a path twice', () => {
    const read = readZip(deterministicZip(entries, mtime), 'a.zip');
    expect(() => writeZip([...read, read[0]!])).toThrow('"README.md" appears twice');
  });
});

// data/manifest.sha256: true hashes of every published data file, in the format `sha256sum -c` reads.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inManifest, MANIFEST_PATH, sha256Manifest } from '../../src/build/manifest.ts';
import { REPO_ROOT } from '../../src/paths.ts';

/** Every data package: the cities and the all-cities package. */
const CITIES = ['hefei', 'huangshan', 'bengbu', 'all-cities'];
const pkgDir = (city: string) => join(REPO_ROOT, 'packages', city);
const hash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const hasSha256sum = spawnSync('sha256sum', ['--version']).status === 0;
const tmps: string[] = [];
afterAll(() => tmps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** Every file under dir, "/"-separated, relative to base. */
function walk(dir: string, base: string): string[] {
  return readdirSync(join(base, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(`${dir}/${e.name}`, base) : [`${dir}/${e.name}`],
  );
}

/** A manifest's lines as [hash, path]; throws on a line that is not `<64 hex>  <path>`. */
function parse(manifest: string): [string, string][] {
  expect(manifest.endsWith('\n'), 'ends with a newline').toBe(true);
  return manifest
    .slice(0, -1)
    .split('\n')
    .map((line) => {
      const m = /^([0-9a-f]{64}) {2}(\S.*)$/.exec(line);
      if (!m) throw new Error(`not a sha256sum line: ${JSON.stringify(line)}`);
      return [m[1]!, m[2]!];
    });
}

/** What `sha256sum -c` does, in Node: each listed file, relative to dir, against its hash. */
function checkInNode(dir: string, manifest: string): string[] {
  return parse(manifest).map(([sum, path]) =>
    existsSync(join(dir, path)) && hash(readFileSync(join(dir, path))) === sum
      ? `${path}: OK`
      : `${path}: FAILED`,
  );
}

/** `sha256sum -c` in dir (or its Node equivalent where there is no sha256sum): status and lines. */
function sha256sumCheck(dir: string): { status: number; lines: string[] } {
  if (!hasSha256sum) {
    const lines = checkInNode(dir, readFileSync(join(dir, MANIFEST_PATH), 'utf8'));
    return { status: lines.every((l) => l.endsWith(': OK')) ? 0 : 1, lines };
  }
  const r = spawnSync('sha256sum', ['-c', MANIFEST_PATH], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C' },
  });
  return { status: r.status ?? -1, lines: r.stdout.split('\n').filter(Boolean) };
}

describe.each(CITIES)('packages/%s/data/manifest.sha256', (city) => {
  const dir = pkgDir(city);
  const manifest = readFileSync(join(dir, MANIFEST_PATH), 'utf8');

  it('lists each file once, sorted by path, with its actual sha256', () => {
    const entries = parse(manifest);
    const paths = entries.map(([, path]) => path);
    expect(paths).toEqual([...new Set(paths)].sort());
    for (const [sum, path] of entries) expect(hash(readFileSync(join(dir, path))), path).toBe(sum);
  });

  it('lists every published data file and nothing else (not itself)', () => {
    const published = [...walk('data', dir), 'datapackage.json']
      .filter((p) => p !== MANIFEST_PATH)
      .sort();
    expect(published.length).toBeGreaterThanOrEqual(6);
    expect(parse(manifest).map(([, path]) => path)).toEqual(published);
  });

  it('passes `sha256sum -c` in the package folder', () => {
    const { status, lines } = sha256sumCheck(dir);
    expect(lines).toEqual(parse(manifest).map(([, path]) => `${path}: OK`));
    expect(status).toBe(0);
  });

  it('fails `sha256sum -c` when a listed file changes', () => {
    const copy = mkdtempSync(join(tmpdir(), 'shuangjian-manifest-'));
    tmps.push(copy);
    cpSync(join(dir, 'data'), join(copy, 'data'), { recursive: true });
    cpSync(join(dir, 'datapackage.json'), join(copy, 'datapackage.json'));
    const csv = join(copy, 'data', 'figures.csv');
    writeFileSync(csv, Buffer.concat([readFileSync(csv), Buffer.from('\r\n')]));
    const { status, lines } = sha256sumCheck(copy);
    expect(status).not.toBe(0);
    expect(lines.filter((l) => !l.endsWith(': OK'))).toEqual(['data/figures.csv: FAILED']);
  });
});

describe('sha256Manifest', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('covers data/*.json, data/*.csv, data/sources/* and datapackage.json only', () => {
    expect(
      [
        'data/figures.json',
        'data/figures.excel.csv',
        'data/sources/x.zh.txt',
        'datapackage.json',
        MANIFEST_PATH,
        'data/notes.md',
        'data/deep/x.json',
        'README.md',
        'src/index.ts',
        'LICENSE',
      ].filter(inManifest),
    ).toEqual([
      'data/figures.json',
      'data/figures.excel.csv',
      'data/sources/x.zh.txt',
      'datapackage.json',
    ]);
  });

  it('writes sorted sha256sum lines', () => {
    const files = new Map([
      ['datapackage.json', bytes('{}\n')],
      ['README.md', bytes('# x\n')],
      ['data/b.csv', bytes('')],
      ['data/a.json', bytes('[]\n')],
    ]);
    expect(sha256Manifest(files)).toBe(
      [
        `${hash(bytes('[]\n'))}  data/a.json`,
        `${hash(bytes(''))}  data/b.csv`,
        `${hash(bytes('{}\n'))}  datapackage.json`,
        '',
      ].join('\n'),
    );
  });

  it('refuses a path sha256sum would have to escape', () => {
    expect(() => sha256Manifest(new Map([['data/sources/a\\b.txt', bytes('')]]))).toThrow(
      /cannot list/,
    );
  });
});

// Packing a workspace package with pnpm (which rewrites workspace: ranges) and reading the tarball.
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { REPO_ROOT } from '../../../src/paths.ts';
import { PNPM, runOk } from './commands.ts';

export type Kind = 'schema' | 'city' | 'indicators' | 'all-cities';

/** The package.json fields the pack test reads. */
export interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  files?: string[];
  exports?: Record<string, string | Record<string, string>>;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

export interface Packed {
  dir: string;
  kind: Kind;
  source: PackageJson; // packages/<dir>/package.json
  tarball: string;
  files: string[]; // paths inside the tarball, without the leading "package/"
  manifest: PackageJson; // package.json as packed
}

export const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** The folders under packages/ whose package.json is not private, sorted. */
export function publishablePackages(): string[] {
  return readdirSync(path.join(REPO_ROOT, 'packages'))
    .filter(
      (d) => !readJson<PackageJson>(path.join(REPO_ROOT, 'packages', d, 'package.json')).private,
    )
    .sort();
}

/** The text of `file` (a path inside package/) in a tarball. */
export function readPacked(tarball: string, file: string, cwd: string): string {
  return runOk('tar', ['-xzOf', tarball, `package/${file}`], cwd);
}

/** Packs packages/<dir> (which must be built) into tmp/packs/<dir> and lists what the tarball holds. */
export function packPackage(dir: string, kind: Kind, tmp: string): Packed {
  const pkgDir = path.join(REPO_ROOT, 'packages', dir);
  for (const built of ['dist/index.js', 'dist/index.d.ts']) {
    if (!statSync(path.join(pkgDir, built), { throwIfNoEntry: false }))
      throw new Error(`packages/${dir}/${built} is missing: run \`pnpm build\` first`);
  }
  const dest = path.join(tmp, 'packs', dir);
  mkdirSync(dest, { recursive: true });
  runOk('npx', [...PNPM, 'pack', '--pack-destination', dest], pkgDir);
  const tarballs = readdirSync(dest).filter((f) => f.endsWith('.tgz'));
  expect(tarballs, `pnpm pack in packages/${dir}`).toHaveLength(1);
  const tarball = path.join(dest, tarballs[0]!);
  const entries = runOk('tar', ['-tzf', tarball], tmp).split('\n').filter(Boolean);
  expect(
    entries.filter((e) => !e.startsWith('package/')),
    `${dir}: entries outside package/`,
  ).toEqual([]);
  return {
    dir,
    kind,
    source: readJson<PackageJson>(path.join(pkgDir, 'package.json')),
    tarball,
    files: entries
      .map((e) => e.slice('package/'.length))
      .filter((e) => e && !e.endsWith('/'))
      .sort(),
    manifest: JSON.parse(readPacked(tarball, 'package.json', tmp)) as PackageJson,
  };
}

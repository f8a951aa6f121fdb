// Which files a packed package should hold, worked out from the package folder on disk, and which
// it never should.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../../src/paths.ts';
import type { PackageJson } from './pack-package.ts';

// npm always packs these from the package root (the README, LICENSE/LICENCE and CHANGELOG if present).
const ALWAYS_INCLUDED = /^(readme|license|licence|changelog)(\..*)?$/i;
const ROOT_LICENSE = /^licen[sc]e(\..*)?$/i;

/** Paths that must not ship (a .d.ts is allowed whatever it matches). */
export const NEVER_SHIPPED = [
  /(^|\/)src\//,
  /tsconfig/,
  /\.(test|spec)\.[cm]?[jt]s$/,
  /(^|\/)__tests__\//,
  /(^|\/)node_modules\//,
  /\.tsbuildinfo$/,
  /\.map$/,
  /(^|\/)\.[^/]*$/,
  /^binding\.gyp$/,
  /\.ts$/,
];

/** Every file under dir, as POSIX paths relative to base. */
function walk(dir: string, base: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const abs = path.join(dir, entry.name);
    return entry.isDirectory()
      ? walk(abs, base)
      : [path.relative(base, abs).split(path.sep).join('/')];
  });
}

/** What the `files` allowlist plus npm's always-included files give, from the package folder on disk. */
export function expectedFiles(pkgDir: string, pkg: PackageJson): string[] {
  const out = new Set<string>(['package.json']);
  for (const entry of pkg.files ?? []) {
    if (/[*?[\]{}!]/.test(entry))
      throw new Error(
        `${pkg.name}: files entry "${entry}" is a pattern; this test only expands plain paths`,
      );
    const abs = path.join(pkgDir, entry);
    const stat = statSync(abs, { throwIfNoEntry: false });
    if (!stat) continue;
    for (const file of stat.isDirectory() ? walk(abs, pkgDir) : [entry.replace(/^\.\//, '')])
      out.add(file);
  }
  for (const name of readdirSync(pkgDir))
    if (ALWAYS_INCLUDED.test(name) && statSync(path.join(pkgDir, name)).isFile()) out.add(name);
  // pnpm pack adds the workspace root's LICEN{S,C}E{,.*} to a package that has no licence file of its own.
  if (![...out].some((f) => ROOT_LICENSE.test(f))) {
    const rootLicense = readdirSync(REPO_ROOT).find(
      (name) => ROOT_LICENSE.test(name) && statSync(path.join(REPO_ROOT, name)).isFile(),
    );
    if (rootLicense) out.add(rootLicense);
  }
  return [...out].sort();
}

/** Every string target in an exports map (conditions flattened). */
export function exportTargets(exports: PackageJson['exports']): string[] {
  return Object.values(exports ?? {}).flatMap((v) =>
    typeof v === 'string' ? [v] : Object.values(v),
  );
}

/** The files an export target with "*" matches, "*" standing for one path segment. */
export function targetPattern(target: string): RegExp {
  return new RegExp(
    `^${target
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]+')}$`,
  );
}

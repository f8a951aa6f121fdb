import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Outputs } from './outputs.ts';

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Compare outputs with what is on disk: changed or missing files, and stale files in generated folders. */
export function diffOutputs(
  outputs: Outputs,
  repoRoot: string,
  dirs: string[],
): { changed: string[]; stale: string[] } {
  const changed = [...outputs]
    .filter(([path, bytes]) => {
      const abs = join(repoRoot, path);
      return !existsSync(abs) || Buffer.compare(readFileSync(abs), bytes) !== 0;
    })
    .map(([path]) => path);
  const stale = dirs
    .flatMap((d) => walk(join(repoRoot, d)))
    .map((abs) => relative(repoRoot, abs))
    .filter((p) => !outputs.has(p));
  return { changed: changed.sort(), stale: stale.sort() };
}

/** Write every output (each through a temp file and rename) and remove stale generated files. */
export function writeOutputs(
  outputs: Outputs,
  repoRoot: string,
  dirs: string[],
): { written: string[]; removed: string[] } {
  const { changed, stale } = diffOutputs(outputs, repoRoot, dirs);
  for (const path of changed) {
    const abs = join(repoRoot, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(`${abs}.tmp`, outputs.get(path)!);
    renameSync(`${abs}.tmp`, abs);
  }
  for (const path of stale) rmSync(join(repoRoot, path));
  return { written: changed, removed: stale };
}

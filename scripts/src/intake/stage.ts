// All of a command's files are written at once or not at all: each is written to a staging
// folder first, then moved into place; if one move fails, the moves before it are undone.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/** Repository-relative path -> the file's complete new bytes (new files and changed ones). */
export type Files = Map<string, Uint8Array>;

export interface CommitOptions {
  /** Tests: called before each file is moved into place; throwing simulates a failed move. */
  beforeMove?: (path: string) => void;
}

/**
 * Write `files` under `root`. The staging folder is inside `root`, so that every move is a rename
 * on one file system. Throws (after undoing every change) when any write or move fails.
 */
export function commitFiles(root: string, files: Files, options: CommitOptions = {}): void {
  const staging = mkdtempSync(join(root, '.intake-'));
  const moved: string[] = [];
  const backedUp: string[] = [];
  const createdDirs: string[] = [];
  try {
    let n = 0;
    const staged = new Map<string, string>();
    for (const [path, bytes] of files) {
      const file = join(staging, 'new', String(n++));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, bytes);
      staged.set(path, file);
    }
    mkdirSync(join(staging, 'old'));
    for (const [path, file] of staged) {
      options.beforeMove?.(path);
      const target = join(root, path);
      createdDirs.push(...missingDirs(root, dirname(path)));
      mkdirSync(dirname(target), { recursive: true });
      if (existsSync(target)) {
        renameSync(target, join(staging, 'old', String(backedUp.length)));
        backedUp.push(path);
      }
      renameSync(file, target);
      moved.push(path);
    }
  } catch (error) {
    rollBack(root, staging, moved, backedUp, createdDirs);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(staging, { recursive: true, force: true });
}

/** The folders of `dir` (relative to root) that do not exist yet, outermost first. */
function missingDirs(root: string, dir: string): string[] {
  const missing: string[] = [];
  for (let d = dir; d !== '.' && d !== '' && !existsSync(join(root, d)); d = dirname(d))
    missing.unshift(d);
  return missing;
}

function rollBack(
  root: string,
  staging: string,
  moved: string[],
  backedUp: string[],
  createdDirs: string[],
): void {
  for (const path of moved) rmSync(join(root, path), { force: true });
  backedUp.forEach((path, i) => renameSync(join(staging, 'old', String(i)), join(root, path)));
  // Innermost first, and only when empty (nothing of anyone else's is removed).
  for (const dir of [...new Set(createdDirs)].reverse()) {
    const abs = join(root, dir);
    if (existsSync(abs) && readdirSync(abs).length === 0) rmdirSync(abs);
  }
}

// A throwaway git repository with what the intake commands read and change: data/, every
// package.json, the site's config and dependencies, and .changeset/ (all committed, so that
// `git status` shows exactly what a command wrote).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/paths.ts';
import { copyRepo } from './fixture-repo.ts';

export function git(root: string, ...args: string[]): string {
  const run = spawnSync(
    'git',
    ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

export function copyIntakeRepo(): string {
  const root = copyRepo();
  for (const file of [
    'package.json',
    'CITATION.cff',
    '.zenodo.json',
    'site/site.config.json',
    'site/package.json',
    'scripts/package.json',
  ]) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    cpSync(join(REPO_ROOT, file), join(root, file));
  }
  mkdirSync(join(root, '.changeset'));
  cpSync(join(REPO_ROOT, '.changeset', 'config.json'), join(root, '.changeset', 'config.json'));
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'fixture');
  return root;
}

/** `git status --porcelain` of the copy, untracked files listed one by one. */
export const gitStatus = (root: string) =>
  git(root, 'status', '--porcelain', '--untracked-files=all');

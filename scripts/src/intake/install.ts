// `pnpm install` after a new city, so that the workspace links its package.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** pnpm as the command was started with (`pnpm new-city`), else the version the repository pins. */
function pnpm(root: string): [string, string[]] {
  const execpath = process.env.npm_execpath;
  if (execpath && /pnpm/.test(execpath))
    return /\.c?js$/.test(execpath) ? [process.execPath, [execpath]] : [execpath, []];
  const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    packageManager?: string;
  };
  return ['npx', ['--yes', packageManager ?? 'pnpm']];
}

/** Run `pnpm install` in root (the lockfile gains the new package); the exit code. */
export function pnpmInstall(root: string): number {
  const [command, args] = pnpm(root);
  const run = spawnSync(command, [...args, 'install', '--no-frozen-lockfile'], {
    cwd: root,
    stdio: 'inherit',
  });
  return run.status ?? 1;
}

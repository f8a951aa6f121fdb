// The tools the pack test runs, and how it runs them: in child processes with an explicit cwd and a
// cleaned environment, capturing (never printing) their output.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT } from '../../../src/paths.ts';

/** Node 24 (root devDependency "node"). */
export const NODE = path.join(REPO_ROOT, 'node_modules/.bin/node');
export const TSC = path.join(REPO_ROOT, 'node_modules/.bin/tsc');
/** npx arguments that run the repo's pnpm. */
export const PNPM = ['--yes', 'pnpm@12.21.0'];
const require = createRequire(import.meta.url);
const attwPkgPath = require.resolve('@arethetypeswrong/cli/package.json');
/** The attw CLI script, run with NODE. */
export const ATTW = path.join(
  path.dirname(attwPkgPath),
  (JSON.parse(readFileSync(attwPkgPath, 'utf8')) as { bin: { attw: string } }).bin.attw,
);

// The child processes get this process's environment minus what pnpm/npx/vitest inject: npm_config_*
// from a pnpm script would, e.g., point npm's local prefix at scripts/, and NODE_PATH would let the
// consumer resolve packages from the repo's store instead of its own node_modules.
const KEEP_NPM_CONFIG =
  /^npm_config_(registry|cache|cafile|userconfig|globalconfig|proxy|https_proxy|noproxy|strict_ssl)$/i;
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_)/i.test(key) && !KEEP_NPM_CONFIG.test(key)) continue;
    if (['NODE', 'NODE_OPTIONS', 'NODE_PATH', 'INIT_CWD', 'PNPM_PACKAGE_NAME'].includes(key))
      continue;
    env[key] = value;
  }
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', npm_config_update_notifier: 'false' };
}

/** Runs a command with an explicit cwd and env, capturing (never printing) its output. */
export function run(
  command: string,
  args: string[],
  cwd: string,
  timeout = 120_000,
): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, {
    cwd,
    env: childEnv(),
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error)
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) failed to run: ${result.error.message}`,
    );
  return result;
}

/** Like run, but throws with the output unless the command exits 0; returns its stdout. */
export function runOk(command: string, args: string[], cwd: string, timeout?: number): string {
  const result = run(command, args, cwd, timeout);
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) exited ${result.status}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`,
    );
  }
  return result.stdout;
}

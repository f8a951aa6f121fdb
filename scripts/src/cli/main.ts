import { REPO_ROOT } from '../paths.ts';
import type { Roots } from '../build/run.ts';

/** Run a command function on the repository (or --root <dir>), print its lines, exit with its code. */
export function main(run: (roots: Roots) => { code: number; out: string[]; err: string[] }): void {
  const i = process.argv.indexOf('--root');
  const repoRoot = i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : REPO_ROOT;
  const { code, out, err } = run({ repoRoot });
  for (const line of out) console.log(line);
  for (const line of err) console.error(line);
  process.exitCode = code;
}

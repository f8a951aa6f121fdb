// pnpm bench takes minutes: an option it does not know must stop it at once, not be ignored
// (`--help` once ran the whole default benchmark).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.ts';

const bench = (...args: string[]) =>
  spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/src/bench/bench.ts'), ...args], {
    encoding: 'utf8',
    timeout: 30_000,
  });

describe('pnpm bench’s options', () => {
  it.each([['--help'], ['--sizes', '3', '--warmruns', '2'], ['--sizes', '3', 'extra']])(
    'rejects %s with the usage before building anything',
    (...args) => {
      const run = bench(...args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/usage: bench\.ts/);
      expect(run.stdout).toBe('');
    },
  );
});

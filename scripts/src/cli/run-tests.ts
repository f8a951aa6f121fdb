// pnpm test's last step: every vitest project in one run, then the one closing line CI reads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths.ts';

const started = performance.now();
const dir = mkdtempSync(join(tmpdir(), 'shuangjian-vitest-'));
const report = join(dir, 'report.json');
const vitest = spawnSync(
  join(REPO_ROOT, 'node_modules', '.bin', 'vitest'),
  [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { cwd: REPO_ROOT, stdio: 'inherit' },
);
let passed = 0;
let failed = 1;
try {
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    success: boolean;
  };
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.success || json.numFailedTests > 0 ? 0 : 1);
} catch {
  // No report: vitest crashed before writing one; count that as one failure.
}
rmSync(dir, { recursive: true, force: true });
console.log(`vitest took ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = vitest.status === 0 && failed === 0 ? 0 : 1;

// One timed run of validate + build:data on a repository root, in its own process so that its peak
// RSS is its own. Spawned by bench-data.ts as `node --expose-gc bench-runner.ts <repoRoot>`; prints
// one JSON line on stdout. The phases are exactly those of runBuildData (scripts/src/build/run.ts):
// validate, buildOutputs, writeOutputs, timed separately.
import { join } from 'node:path';
import { buildOutputs, generatedDirs } from '../build/outputs.ts';
import { writeOutputs } from '../build/write-outputs.ts';
import { formatIssue } from '../validate/issues.ts';
import { validate } from '../validate/validate.ts';

/** What the runner prints (one JSON line). */
export interface RunnerResult {
  ok: boolean;
  /** Issues reported (validation, then build); the first few formatted. */
  issueCount: number;
  issues: string[];
  cities: number;
  figures: number;
  exclusions: number;
  outputs: number;
  written: number;
  /** Milliseconds from process start to the timed section (Node boot, TypeScript stripping, imports). */
  startupMs: number;
  validateMs: number;
  buildMs: number;
  writeMs: number;
  /** validate + build + write. */
  totalMs: number;
  /** process.resourceUsage().maxRSS, in KiB. */
  maxRssKiB: number;
  heapUsedAfterMiB: number;
}

function run(repoRoot: string): RunnerResult {
  const startupMs = performance.now();
  // Start the timed section with a clean heap (the parent passes --expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  const result = validate(join(repoRoot, 'data'));
  const t1 = performance.now();
  const base = {
    cities: result.cities.length,
    figures: result.cities.reduce((n, c) => n + c.figures.length, 0),
    exclusions: result.cities.reduce((n, c) => n + c.exclusions.length, 0),
    startupMs,
    validateMs: t1 - t0,
  };
  const fail = (issues: string[]): RunnerResult => ({
    ok: false,
    issueCount: issues.length,
    issues: issues.slice(0, 20),
    ...base,
    outputs: 0,
    written: 0,
    buildMs: 0,
    writeMs: 0,
    totalMs: t1 - t0,
    maxRssKiB: process.resourceUsage().maxRSS,
    heapUsedAfterMiB: process.memoryUsage().heapUsed / 2 ** 20,
  });
  if (result.issues.length > 0) return fail(result.issues.map(formatIssue));
  const built = buildOutputs(result, repoRoot);
  const t2 = performance.now();
  if (built.issues.length > 0) return fail(built.issues.map(formatIssue));
  const { written } = writeOutputs(built.outputs, repoRoot, generatedDirs(result));
  const t3 = performance.now();
  return {
    ok: true,
    issueCount: 0,
    issues: [],
    ...base,
    outputs: built.outputs.size,
    written: written.length,
    buildMs: t2 - t1,
    writeMs: t3 - t2,
    totalMs: t3 - t0,
    maxRssKiB: process.resourceUsage().maxRSS,
    heapUsedAfterMiB: process.memoryUsage().heapUsed / 2 ** 20,
  };
}

const repoRoot = process.argv[2];
if (!repoRoot) {
  console.error('usage: node --expose-gc bench-runner.ts <repoRoot>');
  process.exitCode = 2;
} else {
  const result = run(repoRoot);
  console.log(JSON.stringify(result));
  process.exitCode = result.ok ? 0 : 1;
}

// pnpm bench:data — a benchmark, not a test: how long validate + build:data take, and how much memory
// they need, as the number of cities grows.
//
// For each N (3, 30, 300 by default) and each run: generate a synthetic corpus of N cities into a
// fresh temp repository root (not timed; see synthetic.ts), then run validate + build + write in a
// fresh child process (bench-runner.ts) that reports its own timings and peak RSS. A run with any
// validation issue fails the benchmark loudly. Prints a table, the targets and PASS/MISS, and removes
// every temp directory.
//
// Options: --sizes 3,30,300  --runs 3  --seed <int>  --strict (exit 1 when a target is missed)
//          --keep (leave the temp roots, for profiling; prints where they are)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunnerResult } from './bench-runner.ts';
import { machineLine, median, table } from './report.ts';
import { DEFAULT_SEED, writeSyntheticCorpus, type CorpusStats } from './synthetic.ts';

const RUNNER = fileURLToPath(new URL('./bench-runner.ts', import.meta.url));

/** Targets: 3 cities within 1 s, 300 within 10 s, and roughly linear growth from 30 to 300. */
const TARGET_SMALL = { cities: 3, ms: 1_000 };
const TARGET_LARGE = { cities: 300, ms: 10_000 };
/** time(300)/time(30) is 10 when linear; up to 1.5x that counts as "about linear". */
const TARGET_RATIO = 15;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const sizes = (option('sizes') ?? '3,30,300').split(',').map(Number);
const runs = Number(option('runs') ?? 3);
const seed = Number(option('seed') ?? DEFAULT_SEED);
const strict = process.argv.includes('--strict');
const keep = process.argv.includes('--keep');
if (
  sizes.some((n) => !Number.isInteger(n) || n < 2) ||
  !Number.isInteger(runs) ||
  runs < 1 ||
  !Number.isInteger(seed)
) {
  throw new Error(
    'usage: bench-data.ts [--sizes 3,30,300] [--runs 3] [--seed N] [--strict] [--keep]',
  );
}

interface Measured {
  cities: number;
  corpus: CorpusStats;
  generateMs: number;
  runs: (RunnerResult & { processMs: number })[];
}

function measure(cities: number): Measured {
  const measured: Measured = {
    cities,
    corpus: undefined as unknown as CorpusStats,
    generateMs: 0,
    runs: [],
  };
  for (let run = 0; run < runs; run++) {
    const root = mkdtempSync(join(tmpdir(), `shuangjian-bench-${cities}-`));
    try {
      const g0 = performance.now();
      measured.corpus = writeSyntheticCorpus(root, cities, seed);
      measured.generateMs = Math.max(measured.generateMs, performance.now() - g0);
      const p0 = performance.now();
      const child = spawnSync(process.execPath, ['--expose-gc', RUNNER, root], {
        encoding: 'utf8',
        maxBuffer: 64 * 2 ** 20,
      });
      const processMs = performance.now() - p0;
      const line = child.stdout.trim().split('\n').pop() ?? '';
      let result: RunnerResult | undefined;
      try {
        result = JSON.parse(line) as RunnerResult;
      } catch {
        result = undefined;
      }
      if (!result || child.status !== 0 || !result.ok || result.issueCount !== 0) {
        const detail = result
          ? [`${result.issueCount} issue(s):`, ...result.issues]
          : [`exit ${child.status ?? child.signal}`, child.stdout, child.stderr];
        throw new Error(
          `bench:data: the run with ${cities} cities did not validate cleanly.\n${detail.join('\n')}`,
        );
      }
      if (result.cities !== cities || result.figures !== measured.corpus.figures) {
        throw new Error(
          `bench:data: expected ${cities} cities and ${measured.corpus.figures} figures, the run saw ${result.cities} and ${result.figures}`,
        );
      }
      measured.runs.push({ ...result, processMs });
    } finally {
      if (keep) console.log(`kept ${root}`);
      else rmSync(root, { recursive: true, force: true });
    }
  }
  return measured;
}

console.log(
  `bench:data — validate + build:data on synthetic corpora (seed ${seed}, ${runs} run(s) per size, median shown)`,
);
console.log(`${machineLine()}\n`);

const results: Measured[] = [];
for (const n of sizes) {
  const m = measure(n);
  results.push(m);
  console.log(
    `  N=${n}: ${m.runs.map((r) => `${r.totalMs.toFixed(0)} ms`).join(', ')} (corpus ${m.corpus.files} files, ${(m.corpus.bytes / 2 ** 20).toFixed(2)} MiB, generated in ${m.generateMs.toFixed(0)} ms)`,
  );
}

const wall = (m: Measured) => median(m.runs.map((r) => r.totalMs));
const rows = [
  [
    'N',
    'figures',
    'files written',
    'wall time (ms)',
    'validate / build / write (ms)',
    'process (ms)',
    'peak RSS (MB)',
    'time per city (ms)',
  ],
  ...results.map((m) => {
    const pick = (f: (r: RunnerResult & { processMs: number }) => number) => median(m.runs.map(f));
    return [
      String(m.cities),
      String(m.runs[0]!.figures),
      String(m.runs[0]!.written),
      wall(m).toFixed(0),
      `${pick((r) => r.validateMs).toFixed(0)} / ${pick((r) => r.buildMs).toFixed(0)} / ${pick((r) => r.writeMs).toFixed(0)}`,
      pick((r) => r.processMs).toFixed(0),
      (Math.max(...m.runs.map((r) => r.maxRssKiB)) / 1024).toFixed(1),
      (wall(m) / m.cities).toFixed(2),
    ];
  }),
];
console.log(`\n${table(rows)}\n`);

const at = (n: number) => results.find((m) => m.cities === n);
const small = at(TARGET_SMALL.cities);
const large = at(TARGET_LARGE.cities);
const ratio = at(30) && large ? wall(large) / wall(at(30)!) : undefined;
if (ratio !== undefined) console.log(`time(300)/time(30) = ${ratio.toFixed(2)} (10 = linear)\n`);

const verdicts: [string, boolean | undefined][] = [
  [
    `${TARGET_SMALL.cities} cities ≤ ${TARGET_SMALL.ms / 1000} s`,
    small ? wall(small) <= TARGET_SMALL.ms : undefined,
  ],
  [
    `${TARGET_LARGE.cities} cities ≤ ${TARGET_LARGE.ms / 1000} s`,
    large ? wall(large) <= TARGET_LARGE.ms : undefined,
  ],
  [
    `growth ~linear: time(300)/time(30) ≤ ${TARGET_RATIO}`,
    ratio === undefined ? undefined : ratio <= TARGET_RATIO,
  ],
];
console.log('targets (wall time = validate + build + write inside the child process):');
for (const [name, ok] of verdicts)
  console.log(`  ${ok === undefined ? 'SKIP' : ok ? 'PASS' : 'MISS'}  ${name}`);
if (strict && verdicts.some(([, ok]) => ok === false)) process.exitCode = 1;

// pnpm bench — a benchmark, not a test: how the whole pipeline scales as cities are added.
//
// For each N (3, 30, 300 by default): a synthetic corpus of N cities (synthetic.ts) in a buildable
// copy of the repository (scale/synthetic-workspace.ts; not timed), then, each in its own process,
// timed from outside with the peak memory of its process tree (scale/measure.ts):
//   validate -> build:data -> the full site build (astro build, with every integration) ->
//   a bare Astro site with the same number of pages (scale/bare-astro.ts), for the overhead ratio.
// Prints a table per N (wall time, pages built, pages per second, peak RSS, dist size) and the
// route families that take the most generation time, then the targets with PASS/MISS. Then runs
// bench:site on the real site (page weight and Lighthouse over every page type).
//
// Options: --sizes 3,30,300  --seed <int>  --keep (leave the workspaces)  --strict (exit 1 on a
//          MISS)  --no-site (skip page weight and Lighthouse)  --json <file> (every measurement)
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineLine, table } from './report.ts';
import { writeBareAstro } from './scale/bare-astro.ts';
import { measure, type Measured } from './scale/measure.ts';
import { generationSeconds, routeTimes, type RouteFamily } from './scale/route-times.ts';
import { syntheticWorkspace } from './scale/synthetic-workspace.ts';
import { DEFAULT_SEED, type CorpusStats } from './synthetic.ts';

const TARGET = { cities: 300, pagesPerSecond: 300, rssBytes: 2 * 2 ** 30, growth: 11, bare: 2 };

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const sizes = (option('sizes') ?? '3,30,300').split(',').map(Number);
const seed = Number(option('seed') ?? DEFAULT_SEED);
const flag = (name: string) => process.argv.includes(`--${name}`);
if (sizes.some((n) => !Number.isInteger(n) || n < 2) || !Number.isInteger(seed))
  throw new Error(
    'usage: bench.ts [--sizes 3,30,300] [--seed N] [--keep] [--strict] [--no-site] [--json F]',
  );

interface Step {
  ms: number;
  peakTreeRss: number;
  peakProcessRss: number;
  peakByProgram: Record<string, number>;
}
interface SizeResult {
  cities: number;
  corpus: CorpusStats;
  validate: Step;
  buildData: Step;
  site: Step & {
    pages: number;
    distBytes: number;
    distFiles: number;
    routes: RouteFamily[];
    /** Of the build, the seconds Astro spent generating routes (the rest: bundling, CSP, Pagefind). */
    generation: number | null;
  };
  /** The site built again in the same workspace: the PNG cache of the first build is warm. */
  warm: Step & { generation: number | null };
  bare: Step & { pages: number };
}

function files(dir: string): { count: number; bytes: number; html: number } {
  let count = 0;
  let bytes = 0;
  let html = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    count += 1;
    bytes += statSync(join(e.parentPath, e.name)).size;
    if (e.name.endsWith('.html')) html += 1;
  }
  return { count, bytes, html };
}

async function step(
  what: string,
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<Measured> {
  const m = await measure(command, args, { cwd, env });
  if (m.code !== 0) {
    const tail = `${m.stdout}\n${m.stderr}`.trim().split('\n').slice(-20).join('\n');
    throw new Error(`bench: ${what} failed (exit ${m.code}):\n${tail}`);
  }
  return m;
}

const only = ({ ms, peakTreeRss, peakProcessRss, peakByProgram }: Measured): Step => ({
  ms,
  peakTreeRss,
  peakProcessRss,
  peakByProgram,
});

/** "node 1480 MB, pagefind_extended 2805 MB": each program's own peak. */
const programs = (step: Step) =>
  Object.entries(step.peakByProgram)
    .filter(([, bytes]) => bytes > 50 * 2 ** 20)
    .map(([name, bytes]) => `${name} ${mb(bytes)} MB`)
    .join(', ');

async function runSize(cities: number): Promise<SizeResult> {
  const ws = syntheticWorkspace(cities, seed);
  const node = process.execPath;
  const env = {
    ...process.env,
    PATH: `${join(ws.root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const siteDir = join(ws.root, 'site');
  const astro = join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  try {
    const cli = (name: string) => [join(ws.root, 'scripts/src/cli', name), '--root', ws.root];
    const validate = await step('validate', node, cli('validate.ts'), ws.root, env);
    const buildData = await step('build:data', node, cli('build-data.ts'), ws.root, env);
    const site = await step('site build', node, [astro, 'build'], siteDir, env);
    const dist = files(join(siteDir, 'dist'));
    // As in CI with a cached node_modules/.cache but a fresh checkout: no old dist/ to empty
    // (Astro's emptying of 2.6 GB took 9 s at N=300, which is not the site's work).
    rmSync(join(siteDir, 'dist'), { recursive: true, force: true });
    const warm = await step('site rebuild', node, [astro, 'build'], siteDir, env);
    const bareDir = writeBareAstro(join(siteDir, 'bench-bare'), dist.html);
    const bare = await step('bare Astro build', node, [astro, 'build'], bareDir, env);
    const bareHtml = files(join(bareDir, 'dist')).html;
    if (bareHtml !== dist.html)
      throw new Error(`bench: the bare site built ${bareHtml} pages, not ${dist.html}`);
    return {
      cities,
      corpus: ws.corpus,
      validate: only(validate),
      buildData: only(buildData),
      site: {
        ...only(site),
        pages: dist.html,
        distBytes: dist.bytes,
        distFiles: dist.count,
        routes: routeTimes(site.stdout),
        generation: generationSeconds(site.stdout),
      },
      warm: { ...only(warm), generation: generationSeconds(warm.stdout) },
      bare: { ...only(bare), pages: bareHtml },
    };
  } finally {
    if (flag('keep')) console.log(`kept ${ws.root}`);
    else rmSync(ws.root, { recursive: true, force: true });
  }
}

const s = (ms: number) => (ms / 1000).toFixed(1);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const pipelineMs = (r: SizeResult) => r.validate.ms + r.buildData.ms + r.site.ms;
const pagesPerSecond = (r: SizeResult) => r.site.pages / (r.site.ms / 1000);
const peak = (r: SizeResult) =>
  Math.max(r.validate.peakTreeRss, r.buildData.peakTreeRss, r.site.peakTreeRss, r.warm.peakTreeRss);
const warmPagesPerSecond = (r: SizeResult) => r.site.pages / (r.warm.ms / 1000);

console.log(
  `bench — validate, build:data and the full site build on synthetic corpora (seed ${seed})`,
);
console.log(`${machineLine()}\n`);

const results: SizeResult[] = [];
for (const n of sizes) {
  const r = await runSize(n);
  results.push(r);
  console.log(
    `N=${n}: ${r.corpus.figures} figures; route generation ${r.site.generation ?? '?'} s of the cold build, ${r.warm.generation ?? '?'} s of the warm one; validate ${s(r.validate.ms)} s, build:data ${s(r.buildData.ms)} s, site ${s(r.site.ms)} s (${r.site.pages} pages, ${r.site.distFiles} files), rebuilt with a warm image cache ${s(r.warm.ms)} s, bare Astro ${s(r.bare.ms)} s`,
  );
  console.log(
    `  peak memory of each program: cold build ${programs(r.site)}; warm ${programs(r.warm)}; bare ${programs(r.bare)}`,
  );
  const total = r.site.routes.reduce((a, f) => a + f.ms, 0);
  console.log(
    `  route times summed by family (${s(total)} s; routes overlap, Astro builds 8 at once): ${r.site.routes
      .slice(0, 6)
      .map((f) => `${f.family} ${s(f.ms)} s / ${f.routes}`)
      .join(', ')}`,
  );
}

console.log(
  `\n${table([
    [
      'N',
      'figures',
      'validate (s)',
      'build:data (s)',
      'site build (s)',
      'pipeline (s)',
      'pages',
      'pages/s',
      'peak RSS (MB)',
      'dist (MB)',
      'dist files',
      'warm rebuild (s)',
      'warm pages/s',
      'bare Astro (s)',
      'site / bare',
      'warm / bare',
    ],
    ...results.map((r) => [
      String(r.cities),
      String(r.corpus.figures),
      s(r.validate.ms),
      s(r.buildData.ms),
      s(r.site.ms),
      s(pipelineMs(r)),
      String(r.site.pages),
      pagesPerSecond(r).toFixed(0),
      mb(peak(r)),
      mb(r.site.distBytes),
      String(r.site.distFiles),
      s(r.warm.ms),
      (r.site.pages / (r.warm.ms / 1000)).toFixed(0),
      s(r.bare.ms),
      (r.site.ms / r.bare.ms).toFixed(2),
      (r.warm.ms / r.bare.ms).toFixed(2),
    ]),
  ])}\n`,
);
console.log(
  'pages = HTML pages in dist; pages/s = pages / site build time; peak RSS = the largest summed resident memory of any step’s process tree (sampled every 25 ms); pipeline = validate + build:data + site build; site build = a cold build (no PNG cache); warm rebuild = the same build again with the PNG cache of the first (site/src/lib/images/render-cache.ts).\n',
);

const at = (n: number) => results.find((r) => r.cities === n);
const large = at(TARGET.cities);
const mid = at(30);
const growth = large && mid ? pipelineMs(large) / pipelineMs(mid) : undefined;
const verdicts: [string, boolean | undefined, string][] = [
  [
    `≥ ${TARGET.pagesPerSecond} pages/s at N=${TARGET.cities} (cold build)`,
    large && pagesPerSecond(large) >= TARGET.pagesPerSecond,
    large ? `${pagesPerSecond(large).toFixed(0)} pages/s` : '',
  ],
  [
    `≥ ${TARGET.pagesPerSecond} pages/s at N=${TARGET.cities} (warm PNG cache)`,
    large && warmPagesPerSecond(large) >= TARGET.pagesPerSecond,
    large ? `${warmPagesPerSecond(large).toFixed(0)} pages/s` : '',
  ],
  [
    `≤ 2 GB peak RSS at N=${TARGET.cities}`,
    large && peak(large) <= TARGET.rssBytes,
    large ? `${mb(peak(large))} MB` : '',
  ],
  [
    `time(300)/time(30) ≤ ${TARGET.growth} (pipeline)`,
    growth === undefined ? undefined : growth <= TARGET.growth,
    growth === undefined ? '' : growth.toFixed(2),
  ],
  ...results.flatMap((r): [string, boolean, string][] => [
    [
      `site build ≤ ${TARGET.bare}× bare Astro at N=${r.cities} (cold)`,
      r.site.ms <= TARGET.bare * r.bare.ms,
      `${(r.site.ms / r.bare.ms).toFixed(2)}×`,
    ],
    [
      `site build ≤ ${TARGET.bare}× bare Astro at N=${r.cities} (warm)`,
      r.warm.ms <= TARGET.bare * r.bare.ms,
      `${(r.warm.ms / r.bare.ms).toFixed(2)}×`,
    ],
  ]),
];
console.log('targets:');
for (const [name, ok, figure] of verdicts)
  console.log(
    `  ${ok === undefined ? 'SKIP' : ok ? 'PASS' : 'MISS'}  ${name}${figure ? ` — ${figure}` : ''}`,
  );
const missed = verdicts.some(([, ok]) => ok === false);

const json = option('json');
if (json) writeFileSync(json, `${JSON.stringify({ seed, results }, null, 2)}\n`);

if (!flag('no-site')) {
  console.log('\nbench:site — page weight and Lighthouse over every page type of the real site\n');
  const site = spawnSync(
    process.execPath,
    [
      fileURLToPath(new URL('./bench-site.ts', import.meta.url)),
      ...(flag('strict') ? ['--strict'] : []),
    ],
    { stdio: 'inherit' },
  );
  if (site.status !== 0) process.exitCode = site.status ?? 1;
}
if (flag('strict') && missed) process.exitCode = 1;

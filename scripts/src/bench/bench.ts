// pnpm bench — a benchmark, not a test: how the whole pipeline scales as cities are added.
//
// For each N (3, 30, 300 by default): a synthetic corpus of N cities (synthetic.ts) in a buildable
// copy of the repository (scale/synthetic-workspace.ts; not timed), then, each in its own process,
// timed from outside with the peak memory of its process tree (scale/measure.ts):
//   validate -> build:data -> the full site build, as the site's `build` script runs it (astro
//   build, then the post-build pass in a process of its own: CSP, Chinese runs, search index) ->
//   the same again with the build caches warm (PNGs, search index, Astro's incremental build of
//   unchanged pages) -> once more after one city's package changed, so that every page is
//   rendered again -> a bare Astro site with the same number of pages (scale/bare-astro.ts), for
//   the overhead ratio.
// Prints a table per N (wall time, pages built, pages per second, peak RSS, dist size, bytes and
// files per city, where the bytes are) and the route families that take the most generation time,
// then the targets with PASS/MISS. Then runs bench:site on the real site (page weight and
// Lighthouse over every page type).
//
// Options: --sizes 3,30,300  --seed <int>  --keep (leave the workspaces)  --strict (exit 1 on a
//          MISS)  --no-site (skip page weight and Lighthouse)  --json <file> (every measurement)
//          --warm-runs <n> (rebuild n times, default 1, and report the median: one run of a
//          warm 300-city build without the page cache took 69 to 107 s between runs of the same
//          code here)
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { machineLine, table } from './report.ts';
import { writeBareAstro } from './scale/bare-astro.ts';
import { measure, type Measured } from './scale/measure.ts';
import { generationSeconds, routeTimes, type RouteFamily } from './scale/route-times.ts';
import { syntheticWorkspace } from './scale/synthetic-workspace.ts';
import { DEFAULT_SEED, type CorpusStats } from './synthetic.ts';

// The targets of issue #13 (hundreds of cities on a real host), and the growth bound before it.
const TARGET = {
  cities: 300,
  coldPagesPerSecond: 150,
  warmPagesPerSecond: 300,
  rssBytes: 2 * 2 ** 30,
  distBytes: 2 ** 30,
  growth: 11,
};

const USAGE =
  'usage: bench.ts [--sizes 3,30,300] [--seed N] [--keep] [--strict] [--no-site] [--json F] [--warm-runs N]';
// An option it does not know (a typo, --help) stops it with the usage, before any corpus is built.
let args: ReturnType<typeof parseCli>;
function parseCli() {
  return parseArgs({
    options: {
      sizes: { type: 'string', default: '3,30,300' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      'warm-runs': { type: 'string', default: '1' },
      json: { type: 'string' },
      keep: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      'no-site': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}
try {
  args = parseCli();
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
const sizes = args.sizes.split(',').map(Number);
const seed = Number(args.seed);
const warmRuns = Number(args['warm-runs']);
const flag = (name: 'keep' | 'strict' | 'no-site') => args[name];
if (
  sizes.some((n) => !Number.isInteger(n) || n < 2) ||
  !Number.isInteger(seed) ||
  !Number.isInteger(warmRuns) ||
  warmRuns < 1
)
  throw new Error(USAGE);

interface Step {
  ms: number;
  peakTreeRss: number;
  peakProcessRss: number;
  peakByProgram: Record<string, number>;
}
/** A site build: astro build, then the post-build pass; each measured on its own. */
interface SiteBuild extends Step {
  astro: Step;
  postbuild: Step;
}
interface SizeResult {
  cities: number;
  corpus: CorpusStats;
  validate: Step;
  buildData: Step;
  site: SiteBuild & {
    pages: number;
    distBytes: number;
    distFiles: number;
    /** dist's bytes and files by kind (distKind). */
    distByKind: Record<string, { bytes: number; files: number }>;
    routes: RouteFamily[];
    /** Of the build, the seconds Astro spent generating routes (the rest: bundling, post-build). */
    generation: number | null;
  };
  /**
   * The site built again in the same workspace: the PNG cache of the first build is warm. With
   * --warm-runs, the run of median time; `runs` holds every run's milliseconds, in order.
   */
  warm: SiteBuild & { generation: number | null; runs: number[]; restored: number };
  /**
   * The site built once more after one city's package changed (a line added to its CHANGELOG.md):
   * Astro's incremental build renders every page again (site/src/lib/page-inputs.ts keys all
   * pages on all data), the images still come from the PNG cache. Not a target: the warm rebuild
   * above copies unchanged pages, this is what a data change costs.
   */
  changed: SiteBuild & { generation: number | null; restored: number };
  bare: Step & { pages: number };
}

/** What a file in dist is, for the bytes table: HTML pages, share images, search index, … */
function distKind(path: string): string {
  const p = path.replace(/^en\//, '');
  if (p.startsWith('images/og/')) return 'share images (PNG)';
  if (p.startsWith('images/charts/')) return p.endsWith('.svg') ? 'chart SVGs' : 'chart PNGs';
  if (p.startsWith('pagefind/')) return 'search index';
  if (p.startsWith('downloads/')) return 'downloads';
  if (p.startsWith('api/')) return 'API (JSON)';
  if (p.endsWith('.html')) return p.startsWith('embed/') ? 'embed pages' : 'HTML pages';
  return 'other';
}

function files(dir: string): {
  count: number;
  bytes: number;
  html: number;
  byKind: Record<string, { bytes: number; files: number }>;
} {
  let count = 0;
  let bytes = 0;
  let html = 0;
  const byKind: Record<string, { bytes: number; files: number }> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    const size = statSync(path).size;
    count += 1;
    bytes += size;
    if (e.name.endsWith('.html')) html += 1;
    const kind = (byKind[distKind(path.slice(dir.length + 1))] ??= { bytes: 0, files: 0 });
    kind.bytes += size;
    kind.files += 1;
  }
  return { count, bytes, html, byKind };
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

/** The site's `build` script, each process measured: astro build, then the post-build pass. */
async function siteBuild(what: string, siteDir: string, env: NodeJS.ProcessEnv) {
  const astroBin = join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const astro = await step(what, process.execPath, [astroBin, 'build'], siteDir, env);
  const post = await step(
    `${what}: post-build`,
    process.execPath,
    ['src/lib/postbuild/run.ts'],
    siteDir,
    env,
  );
  const programs: Record<string, number> = { ...astro.peakByProgram };
  for (const [name, bytes] of Object.entries(post.peakByProgram))
    programs[name] = Math.max(programs[name] ?? 0, bytes);
  const build: SiteBuild = {
    // One after the other: the time adds up, the memory does not (astro has exited).
    ms: astro.ms + post.ms,
    peakTreeRss: Math.max(astro.peakTreeRss, post.peakTreeRss),
    peakProcessRss: Math.max(astro.peakProcessRss, post.peakProcessRss),
    peakByProgram: programs,
    astro: only(astro),
    postbuild: only(post),
  };
  return { build, stdout: `${astro.stdout}\n${post.stdout}` };
}

/** How many files Astro copied from its incremental build's cache instead of rendering them. */
const restored = (stdout: string) => stdout.match(/\(restored\)/g)?.length ?? 0;

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
    const site = await siteBuild('site build', siteDir, env);
    const dist = files(join(siteDir, 'dist'));
    // As in CI with a cached node_modules/.cache but a fresh checkout: no old dist/ to empty
    // (Astro's emptying of 2.6 GB took 9 s at N=300, which is not the site's work). The old dist
    // is set aside, not deleted (see laterDeleted).
    const rebuilds: Awaited<ReturnType<typeof siteBuild>>[] = [];
    for (let i = 0; i < warmRuns; i++) {
      setAside(ws.root, join(siteDir, 'dist'));
      rebuilds.push(await siteBuild('site rebuild', siteDir, env));
    }
    const warm = [...rebuilds].sort((a, b) => a.build.ms - b.build.ms)[(warmRuns - 1) >> 1]!;
    appendFileSync(
      join(ws.root, 'packages', ws.slugs[0]!, 'CHANGELOG.md'),
      '- 基准测试改动的一行。\n  A line changed by the benchmark.\n',
    );
    setAside(ws.root, join(siteDir, 'dist'));
    const changed = await siteBuild('site rebuild, a package changed', siteDir, env);
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
        ...site.build,
        pages: dist.html,
        distBytes: dist.bytes,
        distFiles: dist.count,
        distByKind: dist.byKind,
        routes: routeTimes(site.stdout),
        generation: generationSeconds(site.stdout),
      },
      warm: {
        ...warm.build,
        generation: generationSeconds(warm.stdout),
        runs: rebuilds.map((r) => r.build.ms),
        restored: restored(warm.stdout),
      },
      changed: {
        ...changed.build,
        generation: generationSeconds(changed.stdout),
        restored: restored(changed.stdout),
      },
      bare: { ...only(bare), pages: bareHtml },
    };
  } finally {
    if (flag('keep')) console.log(`kept ${ws.root}`);
    else laterDeleted.push(ws.root);
  }
}

/**
 * Folders deleted once every measurement is done, not between them. On this machine's file
 * system (ext4 without a journal) a file created within seconds to minutes of deleting many
 * others takes several times as long: the kernel passes over every inode deleted recently
 * (30,000 files written in 1.1 s, and in 5.5 s right after deleting 60,000). Deleting a
 * workspace or a dist/ just before a build measured the deletion, not the build.
 */
const laterDeleted: string[] = [];

/** Move a folder into the workspace's .bench-trash/ (a rename), to be deleted with it. */
function setAside(root: string, dir: string): void {
  if (!existsSync(dir)) return;
  const trash = join(root, '.bench-trash');
  mkdirSync(trash, { recursive: true });
  renameSync(dir, join(trash, String(readdirSync(trash).length)));
}

const s = (ms: number) => (ms / 1000).toFixed(1);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const pipelineMs = (r: SizeResult) => r.validate.ms + r.buildData.ms + r.site.ms;
const pagesPerSecond = (r: SizeResult) => r.site.pages / (r.site.ms / 1000);
const peak = (r: SizeResult) =>
  Math.max(
    r.validate.peakTreeRss,
    r.buildData.peakTreeRss,
    r.site.peakTreeRss,
    r.warm.peakTreeRss,
    r.changed.peakTreeRss,
  );
const warmPagesPerSecond = (r: SizeResult) => r.site.pages / (r.warm.ms / 1000);

console.log(
  `bench — validate, build:data and the full site build on synthetic corpora (seed ${seed})`,
);
console.log(`${machineLine()}\n`);

const results: SizeResult[] = [];
process.on('exit', () => {
  for (const dir of laterDeleted) rmSync(dir, { recursive: true, force: true });
});
for (const n of sizes) {
  const r = await runSize(n);
  results.push(r);
  console.log(
    `N=${n}: ${r.corpus.figures} figures; route generation ${r.site.generation ?? '?'} s of the cold build, ${r.warm.generation ?? '?'} s of the warm one; validate ${s(r.validate.ms)} s, build:data ${s(r.buildData.ms)} s, site ${s(r.site.ms)} s (astro ${s(r.site.astro.ms)} s + post-build ${s(r.site.postbuild.ms)} s; ${r.site.pages} pages, ${r.site.distFiles} files), rebuilt with warm build caches ${s(r.warm.ms)} s (${r.warm.restored} files copied by Astro; astro ${s(r.warm.astro.ms)} s + post-build ${s(r.warm.postbuild.ms)} s${r.warm.runs.length > 1 ? `; the median of ${r.warm.runs.length} runs: ${r.warm.runs.map(s).join(', ')} s` : ''}), after a package changed ${s(r.changed.ms)} s (astro ${s(r.changed.astro.ms)} s + post-build ${s(r.changed.postbuild.ms)} s; ${(r.site.pages / (r.changed.ms / 1000)).toFixed(0)} pages/s), bare Astro ${s(r.bare.ms)} s`,
  );
  console.log(
    `  dist per city: ${(r.site.distBytes / r.cities / 2 ** 20).toFixed(2)} MB, ${(r.site.distFiles / r.cities).toFixed(0)} files; by kind: ${Object.entries(
      r.site.distByKind,
    )
      .sort((a, b) => b[1].bytes - a[1].bytes)
      .map(([kind, k]) => `${kind} ${mb(k.bytes)} MB / ${k.files}`)
      .join(', ')}`,
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
      'MB / city',
      'files / city',
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
      (r.site.distBytes / r.cities / 2 ** 20).toFixed(2),
      (r.site.distFiles / r.cities).toFixed(0),
      s(r.warm.ms),
      (r.site.pages / (r.warm.ms / 1000)).toFixed(0),
      s(r.bare.ms),
      (r.site.ms / r.bare.ms).toFixed(2),
      (r.warm.ms / r.bare.ms).toFixed(2),
    ]),
  ])}\n`,
);
console.log(
  'pages = HTML pages in dist; pages/s = pages / site build time; peak RSS = the largest summed resident memory of any step’s process tree (sampled every 25 ms); pipeline = validate + build:data + site build; site build = a cold build (no PNG cache): astro build, then the post-build pass, one process after the other; warm rebuild = the same build again with the build caches of the first: PNGs (site/src/lib/images/render-cache.ts), the search index (postbuild/search-cache.ts) and Astro’s incremental build (src/lib/page-inputs.ts), which copies every unchanged page; after a package changed: the same once more after one city’s CHANGELOG.md got a line, so every page is rendered again; MB = 2^20 bytes.\n',
);

const at = (n: number) => results.find((r) => r.cities === n);
const large = at(TARGET.cities);
const mid = at(30);
const growth = large && mid ? pipelineMs(large) / pipelineMs(mid) : undefined;
const verdicts: [string, boolean | undefined, string][] = [
  [
    `≥ ${TARGET.coldPagesPerSecond} pages/s at N=${TARGET.cities} (cold build, no PNG cache)`,
    large && pagesPerSecond(large) >= TARGET.coldPagesPerSecond,
    large ? `${pagesPerSecond(large).toFixed(0)} pages/s` : '',
  ],
  [
    `≥ ${TARGET.warmPagesPerSecond} pages/s at N=${TARGET.cities} (warm PNG cache)`,
    large && warmPagesPerSecond(large) >= TARGET.warmPagesPerSecond,
    large ? `${warmPagesPerSecond(large).toFixed(0)} pages/s` : '',
  ],
  [
    `≤ 2 GiB peak RSS of every step's process tree at N=${TARGET.cities}`,
    large && peak(large) <= TARGET.rssBytes,
    large ? `${mb(peak(large))} MB` : '',
  ],
  [
    `dist ≤ 1 GiB at N=${TARGET.cities}`,
    large && large.site.distBytes <= TARGET.distBytes,
    large ? `${mb(large.site.distBytes)} MB in ${large.site.distFiles} files` : '',
  ],
  [
    `time(300)/time(30) ≤ ${TARGET.growth} (pipeline)`,
    growth === undefined ? undefined : growth <= TARGET.growth,
    growth === undefined ? '' : growth.toFixed(2),
  ],
];
console.log('targets:');
for (const [name, ok, figure] of verdicts)
  console.log(
    `  ${ok === undefined ? 'SKIP' : ok ? 'PASS' : 'MISS'}  ${name}${figure ? ` — ${figure}` : ''}`,
  );
console.log(
  `site build against a bare Astro site of as many pages (not a target): ${results
    .map(
      (r) =>
        `N=${r.cities} ${(r.site.ms / r.bare.ms).toFixed(2)}× cold, ${(r.warm.ms / r.bare.ms).toFixed(2)}× warm`,
    )
    .join('; ')}`,
);
const missed = verdicts.some(([, ok]) => ok === false);

const json = args.json;
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

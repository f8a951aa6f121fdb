// `pnpm bench` at its smallest: two synthetic cities through validate, build:data, a site build,
// three rebuilds (--warm-runs 3, the median reported), a rebuild after a package changed and the
// bare Astro baseline. Checks that the benchmark runs and measures what it says, and that
// the site builds from cities it has never seen (nothing in it names the three real ones). The
// timings themselves are not judged here: BENCHMARKS.md holds them.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.ts';

const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), 'shuangjian-bench-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface Step {
  ms: number;
  peakTreeRss: number;
}
interface Result {
  cities: number;
  corpus: { figures: number };
  validate: Step;
  buildData: Step;
  site: Step & {
    pages: number;
    distBytes: number;
    distFiles: number;
    distByKind: Record<string, { bytes: number; files: number }>;
    astro: Step;
    postbuild: Step;
  };
  warm: Step & { astro: Step; postbuild: Step; runs: number[]; restored: number };
  changed: Step & { astro: Step; postbuild: Step; restored: number };
  bare: Step & { pages: number };
}

describe('pnpm bench', () => {
  it('builds a synthetic site and a bare Astro site of the same page count, and reports both', async () => {
    const json = join(out, 'bench.json');
    const tmp = join(out, 'tmp');
    mkdirSync(tmp);
    const { stdout } = await run(
      process.execPath,
      [
        join(REPO_ROOT, 'scripts/src/bench/bench.ts'),
        '--sizes',
        '2',
        '--no-site',
        '--json',
        json,
        '--warm-runs',
        '3',
      ],
      {
        cwd: join(REPO_ROOT, 'scripts'),
        // A developer's shell: vitest's NODE_ENV=test would make the builds Astro runs dev builds.
        env: {
          ...Object.fromEntries(
            Object.entries(process.env).filter(([k]) => !/^(VITEST|VITE_|NODE_ENV$|TEST$)/.test(k)),
          ),
          TMPDIR: tmp,
        },
        maxBuffer: 64 * 2 ** 20,
        timeout: 280_000,
      },
    );
    // Its workspace (in TMPDIR) deleted once all is measured, with the dist/ folders set aside.
    expect(readdirSync(tmp).filter((name) => name.startsWith('shuangjian-bench-'))).toEqual([]);
    const { results } = JSON.parse(readFileSync(json, 'utf8')) as { results: Result[] };
    expect(results).toHaveLength(1);
    const r = results[0]!;
    expect(r.cities).toBe(2);
    // Per city at least the figure pages in both languages, plus the city, source and shared pages.
    expect(r.site.pages).toBeGreaterThan(2 * r.corpus.figures);
    expect(r.bare.pages).toBe(r.site.pages);
    expect(r.site.distFiles).toBeGreaterThan(r.site.pages);
    const steps = [r.validate, r.buildData, r.site, r.warm, r.changed, r.bare];
    // The site build is two processes, astro and then the post-build step (Pagefind).
    steps.push(r.site.astro, r.site.postbuild, r.warm.astro, r.warm.postbuild);
    for (const step of steps) {
      expect(step.ms).toBeGreaterThan(0);
      expect(step.peakTreeRss).toBeGreaterThan(10 * 2 ** 20);
    }
    expect(r.site.ms).toBe(r.site.astro.ms + r.site.postbuild.ms);
    // The rebuild reported is the median of the three.
    expect(r.warm.runs).toHaveLength(3);
    expect(r.warm.ms).toBe([...r.warm.runs].sort((a, b) => a - b)[1]);
    // The warm rebuild copies the unchanged pages; after a package changed, every page is rendered.
    expect(r.warm.restored).toBeGreaterThan(r.site.pages);
    expect(r.changed.restored).toBe(0);
    expect(stdout).toMatch(/the median of 3 runs: [\d.]+, [\d.]+, [\d.]+ s/);
    // Every byte of dist is in one kind or another, the pages and the search index among them.
    const kinds = Object.values(r.site.distByKind);
    expect(kinds.reduce((n, k) => n + k.bytes, 0)).toBe(r.site.distBytes);
    expect(kinds.reduce((n, k) => n + k.files, 0)).toBe(r.site.distFiles);
    expect(r.site.distByKind['HTML pages']!.files).toBeGreaterThan(0);
    expect(r.site.distByKind['search index']!.files).toBeGreaterThan(0);
    expect(stdout).toMatch(/^\| 2 \|/m);
    expect(stdout).toMatch(/dist per city: [\d.]+ MB, \d+ files/);
    expect(stdout).toMatch(/targets:\n/);
    expect(stdout).toMatch(/SKIP {2}dist ≤ 1 GiB at N=300/);
    expect(stdout).toMatch(/site build against a bare Astro site of as many pages/);
  }, 300_000);
});

// pnpm bench:site — a benchmark, not a test: what each page type of the built site costs a visitor.
//
// Builds the site (`pnpm --filter @shuangjian/site build`; `--no-build` reuses site/dist), serves
// site/dist on 127.0.0.1 at a free port, and for each page type in Chinese and English:
//   1. loads it cold in headless Chromium (playwright-core) and records every request: bytes
//      transferred as gzip -9 would send them, JS bytes (script files plus inline scripts, gzip),
//      the request count and any request to another host;
//   2. runs Lighthouse (mobile, its default throttling) for performance, accessibility,
//      best-practices and SEO.
// Prints a table, the budgets (≤ 100 KB gzip per page, ≤ 10 KB JS gzip, no other host, Lighthouse
// 100 in all four) with PASS/MISS, and for each MISS the Lighthouse audits that cost points.
//
// Options: --no-build  --no-lighthouse  --strict (exit 1 on a MISS)  --json <file> (all results)
//          --runs N (Lighthouse runs per page, default 1; the run with the median performance
//          score is kept, since performance moves with the machine's load)
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { REPO_ROOT } from '../paths.ts';
import { chromiumVersion, playwrightLaunchOptions } from '../browser/find-chromium.ts';
import { chrome } from './site/chrome.ts';
import { PAGES, SEARCH_QUERIES } from './site/pages.ts';
import {
  auditSummary,
  budgetTable,
  figuresTable,
  findings,
  judge,
  missDetails,
  type PageResult,
} from './site/report.ts';
import type { LighthouseResult } from './site/lighthouse.ts';
import { serveDir } from './site/serve.ts';
import { measureTransfer } from './site/transfer.ts';

const FLAGS = new Set(['--no-build', '--no-lighthouse', '--strict']);
const VALUED = new Set(['--json', '--runs']);
const args = process.argv.slice(2);
const value = (name: string) => {
  const next = args.includes(name) ? args[args.indexOf(name) + 1] : undefined;
  return next?.startsWith('--') ? undefined : next;
};
const jsonFile = value('--json');
const runs = Number(value('--runs') ?? 1);
const stray = args.some((a, i) => !FLAGS.has(a) && !VALUED.has(a) && !VALUED.has(args[i - 1]!));
const missing = [...VALUED].some((name) => args.includes(name) && !value(name));
if (stray || missing || !Number.isInteger(runs) || runs < 1) {
  throw new Error(
    'usage: bench-site.ts [--no-build] [--no-lighthouse] [--strict] [--runs N] [--json <file>]',
  );
}
const build = !args.includes('--no-build');
const withLighthouse = !args.includes('--no-lighthouse');
const strict = args.includes('--strict');

const DIST = join(REPO_ROOT, 'site', 'dist');
const PNPM = ['--yes', 'pnpm@12.21.0'];
const t0 = performance.now();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const browserFound = await chrome();

const cpuModel = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1];
const chromeVersion = `${chromiumVersion(browserFound)} (${browserFound.source})`;
console.log('bench:site — page weight and Lighthouse scores of the built site');
console.log(
  `node ${process.version}, ${cpus().length} CPUs (${cpuModel ?? cpus()[0]?.model ?? 'unknown'}), ` +
    `${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${chromeVersion}\n`,
);

let buildMs = 0;
if (build) {
  console.log('building the site: pnpm --filter @shuangjian/site build …');
  const b0 = performance.now();
  const child = spawnSync('npx', [...PNPM, '--filter', '@shuangjian/site', 'build'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  buildMs = performance.now() - b0;
  if (child.status !== 0) {
    console.error(child.stdout, child.stderr);
    throw new Error(`bench:site: the site build failed (exit ${child.status ?? child.signal})`);
  }
  console.log(`built in ${seconds(buildMs)}\n`);
}

const server = await serveDir(
  DIST,
  PAGES.map((p) => p.url),
);
const results: PageResult[] = [];
let transferMs: number;
let lighthouseMs = 0;
try {
  console.log(`serving a copy of ${DIST} at ${server.origin}`);
  const m0 = performance.now();
  const browser = await chromium.launch(playwrightLaunchOptions(browserFound));
  try {
    for (const page of [...PAGES, ...SEARCH_QUERIES]) {
      results.push({ page, transfer: await measureTransfer(browser, server.origin + page.url) });
    }
  } finally {
    await browser.close();
  }
  transferMs = performance.now() - m0;
  console.log(`loaded ${results.length} pages in ${seconds(transferMs)}`);

  if (withLighthouse) {
    // Imported only when needed: Lighthouse takes a while to load.
    const { runLighthouse } = await import('./site/lighthouse.ts');
    const l0 = performance.now();
    for (const result of results.filter((r) => !r.page.informational)) {
      const url = server.origin + result.page.url;
      const tries: LighthouseResult[] = [];
      for (let run = 0; run < runs; run++) tries.push(await runLighthouse(url));
      tries.sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
      result.lighthouse = tries[tries.length >> 1]!;
      const { scores, ms } = result.lighthouse;
      const spread =
        runs > 1 ? `; performance ${tries.map((t) => t.scores.performance).join(', ')}` : '';
      console.log(
        `  lighthouse ${result.page.url}: ${Object.values(scores).join(' / ')} (${seconds(ms)}${spread})`,
      );
    }
    lighthouseMs = performance.now() - l0;
  }
} finally {
  await server.close();
}

const verdicts = results.map(judge);
console.log(`\n${figuresTable(results)}\n`);
console.log(
  'KB = 1000 bytes of response bodies, gzip -9 for text types (as a host would send them).',
);
console.log('JS = script responses plus inline <script> text, gzip -9.\n');
console.log(
  'budgets: ≤ 100 KB per page (gzip), ≤ 10 KB JS (gzip), no other host, Lighthouse 100 ×4',
);
console.log(`${budgetTable(verdicts)}\n`);

const misses = missDetails(verdicts);
if (misses.length)
  console.log(`misses, with the Lighthouse audits that cost points:\n${misses.join('\n')}\n`);
const summary = auditSummary(results);
if (summary.length)
  console.log(
    `Lighthouse audits below full marks, all pages (worst score shown):\n${summary.join('\n')}\n`,
  );
const odd = findings(results);
if (odd.length) console.log(`console errors and failed requests:\n${odd.join('\n')}\n`);
const warnings = [...new Set(results.flatMap((r) => r.lighthouse?.runWarnings ?? []))];
if (warnings.length) console.log(`lighthouse warnings:\n${warnings.join('\n')}\n`);
const index = results.map((r) => r.lighthouse?.benchmarkIndex).filter((n) => n !== undefined);
if (index.length)
  console.log(`lighthouse benchmarkIndex ${Math.min(...index)}–${Math.max(...index)}`);

if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
const judged = verdicts.filter((v) => !v.result.page.informational).length;
const missed = verdicts.filter((v) => v.misses.length).length;
console.log(
  `${judged - missed} of ${judged} pages within every budget. ` +
    `runtime ${seconds(performance.now() - t0)} (build ${seconds(buildMs)}, page loads ` +
    `${seconds(transferMs)}, lighthouse ${seconds(lighthouseMs)})`,
);
if (strict && missed) process.exitCode = 1;

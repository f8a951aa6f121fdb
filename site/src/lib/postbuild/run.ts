// After `astro build`, in a process of its own (the site's `build` script runs it when Astro has
// exited, so the two never hold memory at the same time): the search index, one Pagefind run per
// language, one after the other, each writing /pagefind/<lang>/. Pagefind keeps a language's whole
// index in memory (at 300 cities about 1.1 GB for Chinese, 0.6 GB for English), so a language at a
// time keeps the peak at the larger of the two, not their sum.
//
// A language whose pages are all the same as in the last build gets the bundle Pagefind wrote then,
// from the build cache (search-cache.ts); SHUANGJIAN_IMAGE_CACHE=off indexes every time.
//
// The pages already carry their Content-Security-Policy and their Chinese runs marked (done as
// Astro renders them, src/middleware.ts), so this is the one read of each page after the build.
// Pagefind's own command line reads and indexes on every core; its Node API indexed one page at a
// time here, and took three times as long with half again the memory (BENCHMARKS.md).
//
//   node src/lib/postbuild/run.ts [dist]      (from site/; dist defaults to ./dist)
//
// Run by Node itself (type stripping), so imports name their .ts files.
import { spawn } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from '../build-cache.ts';
import { restoreSearch, searchKey, storeSearch } from './search-cache.ts';

/**
 * The search bundles, one per language, at /pagefind/<lang>/ (search-client.ts loads them), and
 * the pages of each as a Pagefind glob: English pages are under en/, Chinese ones everywhere else.
 */
export const SEARCH_GLOBS = {
  zh: '{*.html,[!e]*/**/*.html,e[!n]*/**/*.html,en[!/]*/**/*.html}',
  en: 'en/**/*.html',
} as const;

/** Whether a language's glob takes a page (its path in dist, with /). */
const TAKES: Record<keyof typeof SEARCH_GLOBS, (page: string) => boolean> = {
  zh: (page) => !page.startsWith('en/'),
  en: (page) => page.startsWith('en/'),
};

/** The pages a language's glob takes, from dist's HTML files (paths relative to dist, with /). */
export function pagesOf(lang: keyof typeof SEARCH_GLOBS, pages: readonly string[]): string[] {
  return pages.filter(TAKES[lang]);
}

// Files of Pagefind's bundle that the site's own search page never loads: its ready-made UIs.
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

/** Pagefind's command line, from its npm package (which runs pagefind_extended when installed). */
const PAGEFIND = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');

export interface PostbuildReport {
  indexed: Record<string, number>;
  seconds: number;
}

function pagefind(args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [PAGEFIND, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done(out) : fail(new Error(`Pagefind exited with ${code}:\n${out.trim()}`)),
    );
  });
}

/** One Pagefind run: the pages of glob into out, without the UI files; how many it indexed. */
async function index(root: string, glob: string, out: string, lang: string): Promise<number> {
  const said = await pagefind(['--site', root, '--glob', glob, '--output-path', out]);
  // "Indexed 1 language", then "Indexed 9167 pages": exactly one language, and its page count.
  const languages = /Indexed (\d+) languages?/.exec(said)?.[1];
  const count = Number(/Indexed (\d+) pages?/.exec(said)?.[1] ?? 0);
  if (languages !== '1' || count === 0)
    throw new Error(`Pagefind, ${lang}: expected one language and its pages, got:\n${said.trim()}`);
  await Promise.all(UNUSED.map((f) => rm(join(out, f), { force: true })));
  return count;
}

export async function postbuild(
  dist: string,
  log: (line: string) => void = console.log,
): Promise<PostbuildReport> {
  const t0 = performance.now();
  const root = resolve(dist);
  const pages = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
  if (pages.length === 0) throw new Error(`${root}: no HTML pages (run astro build first)`);
  await rm(join(root, 'pagefind'), { recursive: true, force: true });
  const indexed: Record<string, number> = {};
  const cache = cacheDir();
  for (const [lang, glob] of Object.entries(SEARCH_GLOBS) as [
    keyof typeof SEARCH_GLOBS,
    string,
  ][]) {
    const t = performance.now();
    const out = join(root, 'pagefind', lang);
    let count: number | undefined;
    let from = '';
    if (!cache) count = await index(root, glob, out, lang);
    else {
      // The key leaves out the folders' paths: the same pages built elsewhere index the same.
      const key = await searchKey(root, pagesOf(lang, pages), ['--glob', glob, ...UNUSED]);
      const dir = join(cache, 'pagefind', lang);
      count = await restoreSearch(dir, key, out);
      if (count !== undefined) from = ', from the build cache';
      else {
        count = await index(root, glob, out, lang);
        await storeSearch(dir, key, out, count);
      }
    }
    indexed[lang] = count;
    const seconds = ((performance.now() - t) / 1000).toFixed(1);
    log(`postbuild: search index ${relative(root, out)}/: ${count} pages (${seconds} s${from})`);
  }
  const seconds = (performance.now() - t0) / 1000;
  return { indexed, seconds };
}

if (import.meta.main) {
  try {
    await postbuild(process.argv[2] ?? 'dist');
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 1;
  }
}

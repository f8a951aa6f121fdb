// After `astro build`, in a process of its own (the site's `build` script runs it when Astro has
// exited, so the two never hold memory at the same time): every page read once, given its
// Content-Security-Policy and its Chinese runs marked (page.ts, in worker threads), written once,
// and handed as it is to Pagefind, which builds one search index per language, one language after
// the other. Pagefind keeps its whole index in memory (about 100 KB a page), so a language at a
// time halves its peak; nothing else holds more than the pages in flight.
//
//   node src/lib/postbuild/run.ts [dist]      (from site/; dist defaults to ./dist)
//
// Every problem is reported, each naming its page, and the run fails without writing an index.
// Run by Node itself (type stripping), so imports name their .ts files.
import { readdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { PageJob, PageReply } from './worker.ts';

/** The search bundles, one per language, at /pagefind/<lang>/ (search-client.ts loads them). */
export const SEARCH_LANGS = [
  { lang: 'zh', html: 'zh', pages: (file: string) => !file.startsWith('en/') },
  { lang: 'en', html: 'en', pages: (file: string) => file.startsWith('en/') },
] as const;

/** Only the search pages compile WebAssembly (Pagefind's, should its worker fail). */
const compilesWasm = (file: string) => /^(en\/)?search\/index\.html$/.test(file);

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

/** Pages in flight per worker: enough to keep the workers busy, few enough to stream. */
const IN_FLIGHT = 8;

export interface PostbuildReport {
  pages: number;
  indexed: Record<string, number>;
  seconds: number;
}

class Pool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, (r: PageReply) => void>();
  private next = 0;

  constructor(root: string, size: number) {
    this.workers = Array.from({ length: size }, () => {
      const w = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { root } });
      w.on('message', (r: PageReply) => {
        this.waiting.get(r.id)?.(r);
        this.waiting.delete(r.id);
      });
      w.on('error', (e) => {
        for (const [id, done] of this.waiting) done({ id, ok: false, message: String(e) });
        this.waiting.clear();
      });
      return w;
    });
  }

  run(file: string): Promise<PageReply> {
    const id = this.next++;
    return new Promise((done) => {
      this.waiting.set(id, done);
      this.workers[id % this.workers.length]!.postMessage({
        id,
        file,
        wasm: compilesWasm(file),
      } satisfies PageJob);
    });
  }

  close(): Promise<number[]> {
    return Promise.all(this.workers.map((w) => w.terminate()));
  }
}

export async function postbuild(
  dist: string,
  log: (line: string) => void = console.log,
): Promise<PostbuildReport> {
  const t0 = performance.now();
  const root = resolve(dist);
  const files = (await readdir(root, { recursive: true }))
    .map((f) => f.split(sep).join('/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .sort();
  if (files.length === 0) throw new Error(`${root}: no HTML pages (run astro build first)`);
  const size = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / 100)));
  const pool = new Pool(root, size);
  const problems: string[] = [];
  const indexed: Record<string, number> = {};
  await rm(join(root, 'pagefind'), { recursive: true, force: true });
  try {
    for (const { lang, html, pages } of SEARCH_LANGS) {
      const t = performance.now();
      const created = await pagefind.createIndex({});
      const index = created.index;
      if (!index) throw new Error(`Pagefind: ${created.errors.join('; ')}`);
      indexed[lang] = 0;
      const queue = files.filter(pages);
      const inFlight = new Set<Promise<void>>();
      const one = async (file: string) => {
        const reply = await pool.run(file);
        if (!reply.ok) return void problems.push(`${file}: ${reply.message}`);
        if (!reply.lang?.toLowerCase().startsWith(html))
          return void problems.push(`${file}: <html lang="${reply.lang}"> in the ${lang} pages`);
        if (reply.html === undefined) return;
        const added = await index.addHTMLFile({ sourcePath: file, content: reply.html });
        if (added.errors.length > 0) problems.push(`${file}: Pagefind: ${added.errors.join('; ')}`);
        else indexed[lang]! += 1;
      };
      for (const file of queue) {
        if (inFlight.size >= IN_FLIGHT * size) await Promise.race(inFlight);
        const p = one(file).finally(() => inFlight.delete(p));
        inFlight.add(p);
      }
      await Promise.all(inFlight);
      if (problems.length === 0) {
        const out = join(root, 'pagefind', lang);
        const written = await index.writeFiles({ outputPath: out });
        if (written.errors.length > 0)
          problems.push(`pagefind/${lang}: ${written.errors.join('; ')}`);
        await Promise.all(UNUSED.map((f) => rm(join(out, f), { force: true })));
      }
      // Ends Pagefind's process, and with it the memory of this language's index.
      await pagefind.close();
      const seconds = ((performance.now() - t) / 1000).toFixed(1);
      log(
        `postbuild: ${lang}: ${queue.length} pages, ${indexed[lang]} in the search index (${seconds} s)`,
      );
    }
  } finally {
    await pool.close();
    await pagefind.close();
  }
  if (problems.length > 0)
    throw new Error(
      `postbuild: ${problems.length} problem(s), no search index written:\n  ${problems.join('\n  ')}`,
    );
  const seconds = (performance.now() - t0) / 1000;
  log(
    `postbuild: Content-Security-Policy in ${files.length} pages (${size} workers), search index written, ${seconds.toFixed(1)} s`,
  );
  return { pages: files.length, indexed, seconds };
}

if (import.meta.main) {
  try {
    await postbuild(process.argv[2] ?? 'dist');
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 1;
  }
}

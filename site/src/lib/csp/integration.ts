// After the build, every HTML page gets its Content-Security-Policy <meta> (see inline.ts), and
// English pages their Chinese runs marked lang="zh-Hans" (../postbuild/mark-chinese.ts).
// Astro's own security.csp is not used: it lists the hashes of every page's scripts and styles on
// every page, and leaves out is:inline ones (the embed pages' scripts and CSS).
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { CspJob, CspReply } from './worker.ts';

/** Run one worker over its pages; rejects naming the first page it could not write. */
function runWorker(job: CspJob): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: job });
    worker.once('message', (reply: CspReply) => {
      if (reply.ok) resolve();
      else reject(new Error(`${reply.file}: ${reply.message}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the CSP worker exited with code ${code}`));
    });
  });
}

export interface CspOptions {
  /** Whether the page at this dist path (e.g. "en/search/index.html") compiles WebAssembly. */
  wasm(file: string): boolean;
}

export default function csp({ wasm }: CspOptions): AstroIntegration {
  return {
    name: 'shuangjian:csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const t0 = performance.now();
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true }))
          .map((f) => f.split(sep).join('/'))
          .filter((f) => f.endsWith('.html'))
          .sort();
        // The pages are independent: one worker per CPU, each taking every n-th page.
        const n = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / 100)));
        const pages = files.map((file) => ({ file, wasm: wasm(file) }));
        await Promise.all(
          Array.from({ length: n }, (_, k) =>
            runWorker({ root, pages: pages.filter((_, i) => i % n === k) }),
          ),
        );
        const seconds = ((performance.now() - t0) / 1000).toFixed(1);
        logger.info(
          `Content-Security-Policy written into ${files.length} pages (${n} workers, ${seconds} s)`,
        );
      },
    },
  };
}

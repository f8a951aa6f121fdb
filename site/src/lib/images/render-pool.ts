// Rasterise SVGs off the main thread: a pool of worker threads (one per CPU) each drawing as
// draw.ts does, so that the build keeps generating pages while images render. The workers are only referenced
// while they have work, so an idle pool never keeps the build process alive.
import { availableParallelism } from 'node:os';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { siteRoot } from '../site-root';
import { cachedPng, cacheFile, renderKey, storePng } from './render-cache';

interface Job {
  id: number;
  svg: string;
  fontFiles: string[];
  zoom: number;
  /** Where the worker writes the PNG itself (then no bytes come back): the file, and the cache's. */
  out?: { file: string; cache?: string };
}
type Reply =
  { id: number; png?: Uint8Array; painted: boolean; ms: number } | { id: number; error: string };

/** How a PNG was drawn: painted from glyphs or by resvg whole, in ms of a worker's time. */
export interface DrawTime {
  painted: boolean;
  ms: number;
}

// The worker is CommonJS evaluated from this string, so it survives bundling; it imports draw.ts
// from the site's source (Node runs its TypeScript), where the build's bundle has no copy of it.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');
// PNGs written here, not sent to the main thread: the pages' thread then holds none of their
// bytes, each of which counted towards V8's external memory there and brought on a full
// collection of its large heap every 64 MB (at 300 cities, 405 MB of PNGs).
const writing = import(workerData.writeWhole);
const drawing = import(workerData.draw).then((m) => {
  m.singleThreaded(); // one libvips thread: there is one worker per CPU
  return m;
});
// Each resvg drawing holds native memory (fonts, pixmap) that is freed only when V8 collects the
// small JS object owning it and then runs its finalizer between tasks. This thread allocates too
// little JS to trigger collections, and back-to-back messages leave no gap for finalizers:
// measured, 400 renders with 8 queued grew the process by 2.4 GB. So: collect garbage after every
// 3 million pixels resvg has drawn (four share images drawn whole; a painted share image draws
// only its new glyphs, and collecting every 4 of them took a quarter of the workers' time at
// 300 cities) or every 64 images (the painted ones' own buffers), and render one job per
// event-loop turn.
const COLLECT_PIXELS = 3_000_000;
const COLLECT_IMAGES = 64;
let collected = 0;
let images = 0;
let collect = globalThis.gc; // there when node runs with --expose-gc
if (!collect) {
  require('node:v8').setFlagsFromString('--expose-gc');
  collect = require('node:vm').runInNewContext('gc');
}
const queue = [];
let scheduled = false;
function schedule() {
  if (!scheduled && queue.length > 0) {
    scheduled = true;
    setImmediate(next);
  }
}
async function next() {
  const job = queue.shift();
  try {
    const m = await drawing;
    if (m.renderedPixels() - collected >= COLLECT_PIXELS || ++images % COLLECT_IMAGES === 0) {
      collect();
      collected = m.renderedPixels();
    }
    const start = performance.now();
    const { png, painted } = await m.drawImage(job.svg, job.fontFiles, job.zoom);
    const ms = performance.now() - start;
    if (job.out) {
      writeFileSync(job.out.file, png); // its folder is made by the caller
      if (job.out.cache) (await writing).writeWhole(job.out.cache, png);
      parentPort.postMessage({ id: job.id, painted, ms });
    } else parentPort.postMessage({ id: job.id, png, painted, ms });
  } catch (e) {
    parentPort.postMessage({ id: job.id, error: String((e && e.stack) || e) });
  }
  scheduled = false;
  schedule();
}
parentPort.on('message', (job) => {
  queue.push(job);
  schedule();
});
`;

interface Slot {
  worker: Worker;
  busy: number;
  failed?: Error;
}

let slots: Slot[] | undefined;
let nextId = 0;
const pending = new Map<
  number,
  {
    resolve: (png: Buffer | undefined, time: DrawTime) => void;
    reject: (e: Error) => void;
    slot: Slot;
  }
>();

/** How many render workers there are (or will be): one per CPU, or SHUANGJIAN_IMAGE_WORKERS. */
export function poolSize(): number {
  return Math.max(1, Number(process.env.SHUANGJIAN_IMAGE_WORKERS) || availableParallelism());
}

function pool(): Slot[] {
  if (slots) return slots;
  const source = (file: string) => pathToFileURL(join(siteRoot(), 'src/lib', file)).href;
  const draw = source('images/draw.ts');
  const writeWhole = source('write-whole.ts');
  slots = Array.from({ length: poolSize() }, () => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { draw, writeWhole },
    });
    const slot: Slot = { worker, busy: 0 };
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (--slot.busy === 0) worker.unref();
      if ('error' in reply) p.reject(new Error(`drawing an image failed: ${reply.error}`));
      else {
        const { png, painted, ms } = reply;
        p.resolve(png && Buffer.from(png.buffer, png.byteOffset, png.byteLength), { painted, ms });
      }
    });
    // A worker that failed (or never started) takes no more work: its jobs and any later job
    // fail with its error instead of waiting for a reply that never comes.
    worker.on('error', (e) => {
      slot.failed = e;
      for (const [id, p] of pending)
        if (p.slot === slot) {
          pending.delete(id);
          p.reject(e);
        }
    });
    return slot;
  });
  return slots;
}

/** A job for the least busy worker; resolves with the PNG (if the worker sent it back). */
function drawInWorker(job: Omit<Job, 'id'>): Promise<{ png?: Buffer; time: DrawTime }> {
  const live = pool().filter((s) => !s.failed);
  if (live.length === 0) throw new Error(`the render workers failed: ${pool()[0]!.failed}`);
  const slot = live.reduce((a, b) => (b.busy < a.busy ? b : a));
  if (slot.busy++ === 0) slot.worker.ref();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve: (png, time) => resolve({ png, time }), reject, slot });
    slot.worker.postMessage({ id, ...job } satisfies Job);
  });
}

/**
 * The PNG of an SVG scaled by zoom, drawn with exactly the fonts that `fonts` gives: from the
 * cache when the same render was made before (render-cache.ts; `fonts` is then not called), else
 * from the least busy worker, which reports how it drew it to drawn.
 */
export async function renderPngAsync(
  svg: string,
  zoom: number,
  fonts: () => Promise<string[]>,
  drawn?: (time: DrawTime) => void,
): Promise<Buffer> {
  const key = renderKey(svg, zoom);
  const hit = await cachedPng(key);
  if (hit) return hit;
  const { png, time } = await drawInWorker({ svg, fontFiles: await fonts(), zoom });
  drawn?.(time);
  storePng(key, png!);
  return png!;
}

/**
 * renderPngAsync's PNG written to `file`, whose folder must exist: a cached one by this thread, a
 * new one by the worker that draws it (with its copy in the cache), so that its bytes never reach
 * this thread. Resolves with how it was drawn, or undefined if it came from the cache.
 */
export async function renderPngFile(
  svg: string,
  zoom: number,
  fonts: () => Promise<string[]>,
  file: string,
): Promise<DrawTime | undefined> {
  const key = renderKey(svg, zoom);
  const hit = await cachedPng(key);
  if (hit) {
    await writeFile(file, hit);
    return undefined;
  }
  const cache = cacheFile(key);
  const { time } = await drawInWorker({
    svg,
    fontFiles: await fonts(),
    zoom,
    out: { file, cache },
  });
  return time;
}

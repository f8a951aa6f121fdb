// When the build's threads collect their garbage in full. By default V8 lets a heap grow to up to
// four times what survived the last full collection (on a machine with this much memory), and
// starts one besides after every 64 MB of buffers (file contents, zips, fflate's tables) however
// large the heap: the pages' thread of a 300-city build keeps about 300 MB alive, so its buffers
// made it mark those 300 MB 40-50 times, one every few hundred milliseconds while the zips were
// made (a fifth of the build's CPU time went to V8's helper threads, most of it marking).
// Instead, buffers count with the heap, and both together may grow by a quarter of what survived:
// measured at 300 cities, 25 full collections of that thread instead of 39-52 (13-15 with a half),
// and the build's process at 1.6-1.9 GB, 2.3 GB with V8's default growth (the 2 GiB budget,
// BENCHMARKS.md).
// Set once `astro build` starts; V8 reads them at each collection, in every thread.
import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';

/** The V8 flags of a build: the heap and buffers may grow by a quarter of what survived. */
export const BUILD_HEAP_FLAGS = [
  '--heap-growing-percent=25',
  '--external-memory-accounted-in-global-limit',
] as const;

export default function buildHeap(): AstroIntegration {
  return {
    name: 'shuangjian:build-heap',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') for (const flag of BUILD_HEAP_FLAGS) setFlagsFromString(flag);
      },
    },
  };
}

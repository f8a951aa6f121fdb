// Files that another build may read at the same moment (the image and zip caches, the font
// subsets): written under a temporary name, then renamed, so a reader sees the whole file or none.
// The name holds the thread too: the render workers (images/render-pool.ts) write here as well.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

export function writeWhole(file: string, bytes: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}-${threadId}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}

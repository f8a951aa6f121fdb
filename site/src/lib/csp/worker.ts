// One of integration.ts's workers: for its share of the built pages, marks the Chinese runs of
// English pages (postbuild/mark-chinese.ts) and writes the policy in, in one read and one write.
// Run by Node itself (type stripping), not by Vite, so imports name their .ts files.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { markChineseRuns } from '../postbuild/mark-chinese.ts';
import { withPolicy } from './inline.ts';

export interface CspJob {
  root: string;
  pages: { file: string; wasm: boolean }[];
}

export type CspReply = { ok: true } | { ok: false; file: string; message: string };

const { root, pages } = workerData as CspJob;
let reply: CspReply = { ok: true };
for (const { file, wasm } of pages) {
  try {
    const html = await readFile(join(root, file), 'utf8');
    await writeFile(join(root, file), withPolicy(markChineseRuns(html), { wasm }));
  } catch (e) {
    reply = { ok: false, file, message: (e as Error).message };
    break;
  }
}
parentPort!.postMessage(reply);

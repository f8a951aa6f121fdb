// One of run.ts's workers: for each page it is sent, one read, the pass of page.ts (the
// Content-Security-Policy and, on English pages, the Chinese runs marked), and one write. The page
// comes back to run.ts if the search index wants it, so that Pagefind never reads it again.
// Run by Node itself (type stripping), so imports name their .ts files.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { processPage } from './page.ts';

export interface PageJob {
  id: number;
  file: string;
  wasm: boolean;
}

export type PageReply =
  | { id: number; ok: true; lang: string | undefined; html?: string }
  | { id: number; ok: false; message: string };

/** Pagefind indexes only pages with a data-pagefind-body; the others need not travel back. */
const INDEXED = 'data-pagefind-body';

const { root } = workerData as { root: string };
parentPort!.on('message', async ({ id, file, wasm }: PageJob) => {
  let reply: PageReply;
  try {
    const page = processPage(await readFile(join(root, file), 'utf8'), {
      policy: { wasm },
      markChinese: true,
    });
    await writeFile(join(root, file), page.html);
    reply = {
      id,
      ok: true,
      lang: page.lang,
      html: page.html.includes(INDEXED) ? page.html : undefined,
    };
  } catch (e) {
    reply = { id, ok: false, message: (e as Error).message };
  }
  parentPort!.postMessage(reply);
});

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';

/** A static server on 127.0.0.1. */
export interface Served {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  /** The snapshot being served. */
  root: string;
  close(): Promise<void>;
}

/**
 * Serves a snapshot of a built site (Astro's `dist/`) on 127.0.0.1 at a free port, as a static
 * host would: no compression, `404.html` with status 404 for unknown paths. `paths` (such as
 * `/cities/hefei/`) must each have an `index.html` in the snapshot.
 */
export async function serveDir(dir: string, paths: readonly string[]): Promise<Served> {
  // A copy, so that another build emptying dist/ midway cannot pull pages from under the run.
  const root = mkdtempSync(join(tmpdir(), 'shuangjian-bench-site-'));
  cpSync(dir, root, { recursive: true });
  const missing = paths.filter((p) => !existsSync(join(root, p, 'index.html')));
  if (missing.length) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`bench:site: ${dir} has no page for ${missing.join(', ')}`);
  }
  const notFoundFile = join(root, '404.html');
  const notFound = existsSync(notFoundFile) ? readFileSync(notFoundFile) : Buffer.from('not found');
  const handler = sirv(root, { etag: true });
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    root,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => {
          rmSync(root, { recursive: true, force: true });
          if (err) reject(err);
          else resolve();
        });
      }),
  };
}

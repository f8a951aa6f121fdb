// `pnpm dev` only: serves the last build's search index (dist/pagefind/<lang>/), which only a
// build writes (run.ts), so that the search page works in dev after `pnpm build`. Without a build
// there is none, and the search page says that its index could not be loaded.
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** The file under dist a request path names, or undefined if it is not in the search index. */
export function indexFile(dist: string, url: string | undefined): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent((url ?? '').split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
  if (!path.startsWith('/pagefind/')) return undefined;
  if (path.split(/[/\\]/).some((part) => part === '..' || part === '.')) return undefined;
  return join(dist, path);
}

export default function devSearch(): AstroIntegration {
  let dist = '';
  return {
    name: 'shuangjian:dev-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        dist = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const file = indexFile(dist, req.url);
          if (!file) return next();
          readFile(file).then(
            (bytes) => {
              res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
              res.end(bytes);
            },
            () => next(),
          );
        });
      },
    },
  };
}

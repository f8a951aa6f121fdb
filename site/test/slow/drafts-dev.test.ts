// `pnpm dev` shows a reviewer the drafts: the real dev server, on a copy of data/ whose annotations
// have drafts, serves /drafts/<city>/ in both languages with each draft marked in its source, and
// shows an edit of the city file after a reload. A build never has these pages (build/drafts.test.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../scripts/src/paths.ts';
import { indexFile } from '../../src/lib/postbuild/dev-search';
import { BUILD_HINT, distBuilt } from '../lib/dist';
import { SITE_DIR } from '../lib/expected';

let tmp = '';
let server: ChildProcess | undefined;
let origin = '';
const CITY_FILE = () => join(tmp, 'data', 'cities', 'hefei.yaml');

/** Mark the first `n` figures of the copy's Hefei file as drafts (each entry opens `  - id:`). */
function draftFigures(n: number): void {
  let i = 0;
  const text = readFileSync(CITY_FILE(), 'utf8')
    .replace(/^ {4}(?:review: .*|why:)\n(?: {6}- .*\n)*/gmu, '')
    .replace(/^ {2}- id: .*\n/gmu, (entry) =>
      ++i > n
        ? entry
        : `${entry}    review: draft\n    why:\n      - 'drafted for the test, figure ${i}'\n`,
    );
  writeFileSync(CITY_FILE(), text);
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

async function page(path: string) {
  const res = await fetch(origin + path);
  return { status: res.status, root: parseHtml(await res.text()) };
}

/** The environment of a developer's shell: none of vitest's variables (NODE_ENV=test, VITEST…). */
function devEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(VITEST|VITE_|NODE_ENV$|TEST$)/.test(k)),
  );
  return { ...env, SHUANGJIAN_DATA_DIR: join(tmp, 'data') };
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'shuangjian-drafts-dev-'));
  cpSync(join(REPO_ROOT, 'data'), join(tmp, 'data'), { recursive: true });
  draftFigures(2);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    join(SITE_DIR, 'node_modules', '.bin', 'astro'),
    ['dev', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: SITE_DIR, env: devEnv() },
  );
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${log}`)), 90_000);
    const seen = (chunk: Buffer) => {
      log += chunk.toString();
      if (/draft\(s\) to review/.test(log) && log.includes(String(port))) {
        clearTimeout(timer);
        resolve();
      }
    };
    server!.stdout!.on('data', seen);
    server!.stderr!.on('data', seen);
  });
}, 120_000);

afterAll(() => {
  server?.kill();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('pnpm dev with drafts', () => {
  it.each(['/drafts/hefei/', '/en/drafts/hefei/'])(
    '%s marks each draft in the report, with what was guessed and why',
    async (path) => {
      const { status, root } = await page(path);
      expect(status).toBe(200);
      expect(root.querySelectorAll('li.draft-item--figure')).toHaveLength(2);
      expect(root.querySelectorAll('.source-text mark.draft--figure').length).toBeGreaterThan(0);
      expect(root.querySelector('li.draft-item')!.text).toContain('drafted for the test, figure 1');
    },
    60_000,
  );

  it('serves the last build’s search index, and nothing outside it', async () => {
    if (!distBuilt()) throw new Error(BUILD_HINT);
    const res = await fetch(`${origin}/pagefind/zh/pagefind-entry.json`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(
      readFileSync(join(SITE_DIR, 'dist', 'pagefind', 'zh', 'pagefind-entry.json'), 'utf8'),
    );
    const js = await fetch(`${origin}/pagefind/en/pagefind.js`);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    // Only files under dist/pagefind/ are its to serve; anything else goes on to Vite.
    const dist = join(SITE_DIR, 'dist');
    expect(indexFile(dist, '/pagefind/zh/pagefind.js?x=1')).toBe(
      join(dist, 'pagefind', 'zh', 'pagefind.js'),
    );
    for (const path of [
      '/pagefind/%2e%2e/%2e%2e/package.json',
      '/pagefind/../x',
      '/x.js',
      '/%E0%A4%A',
    ])
      expect(indexFile(dist, path), path).toBeUndefined();
  });

  it('draws the images on request (a build writes them itself, lib/images/write-images.ts)', async () => {
    if (!distBuilt()) throw new Error(BUILD_HINT);
    // The dev server draws with the same code and fonts as the build, so it serves the same bytes.
    for (const path of [
      '/images/og/cities/hefei.png',
      '/images/charts/en/indicator-grid-workers.png',
      '/images/charts/zh/indicator-grid-workers.svg',
    ]) {
      const res = await fetch(origin + path);
      expect(res.status, path).toBe(200);
      expect(
        Buffer.from(await res.arrayBuffer()).equals(readFileSync(join(SITE_DIR, 'dist', path))),
        path,
      ).toBe(true);
    }
  }, 60_000);

  it('shows an edit of the city file on the next load', async () => {
    draftFigures(3);
    let count = 0;
    for (let i = 0; i < 40 && count !== 3; i++) {
      await new Promise((r) => setTimeout(r, 500));
      count = (await page('/drafts/hefei/')).root.querySelectorAll('li.draft-item--figure').length;
    }
    expect(count).toBe(3);
  }, 60_000);
});

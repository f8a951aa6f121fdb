// Astro's incremental build (astro.config.mjs, src/lib/page-inputs.ts) on a throwaway copy of the
// repository, with real builds: a rebuild with nothing changed copies every keyed page from the
// last build, byte for byte; after a change in a city's data, or in the middleware's code, which
// Astro's own module hash does not see, the rebuild renders every page again and writes exactly
// what a build without any cache (--force) writes. The search index of unchanged pages comes from
// the build cache; after a build that stopped half-way, every page is rendered again.
// site/dist and data/ are left alone. About 40 s.
import { execFile } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../scripts/src/paths.ts';
import { buildEnv } from '../../../scripts/src/reproducible/check.ts';
import { copyWorkspace } from '../../../scripts/src/workspace/copy.ts';
import { editYaml, figureIndex } from '../../../scripts/test/fixture-repo.ts';
import { MARK } from '../../src/lib/page-cache-guard';

const run = promisify(execFile);

let root = '';
let siteDir = '';
let env: NodeJS.ProcessEnv = {};

/** astro build in the copy, with these arguments; its log. */
async function build(...args: string[]): Promise<string> {
  const options = { cwd: siteDir, env, maxBuffer: 256 * 1024 * 1024 };
  try {
    const { stdout, stderr } = await run(
      join(siteDir, 'node_modules', '.bin', 'astro'),
      ['build', ...args],
      options,
    );
    return `${stdout}\n${stderr}`;
  } catch (e) {
    const { stdout = '', stderr = '' } = e as { stdout?: string; stderr?: string };
    throw new Error(
      `astro build ${args.join(' ')} failed:\n${`${stdout}\n${stderr}`.slice(-3000)}`,
      { cause: e },
    );
  }
}

/** The post-build pass (the search index) on the copy's dist/; its log. */
async function postbuild(): Promise<string> {
  const options = { cwd: siteDir, env, maxBuffer: 64 * 1024 * 1024 };
  const { stdout } = await run(process.execPath, ['src/lib/postbuild/run.ts'], options);
  return stdout;
}

/** Every file of a build, by path, as bytes (Astro's server bundle in .prerender/ left out). */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = relative(dir, join(e.parentPath, e.name));
    if (!path.startsWith('.prerender')) out.set(path, readFileSync(join(e.parentPath, e.name)));
  }
  return out;
}

/** The paths whose bytes differ between two builds, and the paths only one of them has. */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => !a.get(p) || !b.get(p) || !a.get(p)!.equals(b.get(p)!)).sort();
}

/** How many paths Astro's incremental cache holds, from its manifest. */
function keyedPaths(): number {
  const manifest = JSON.parse(
    readFileSync(join(siteDir, 'node_modules', '.astro', 'incremental-build.json'), 'utf8'),
  ) as { routes: Record<string, { paths: Record<string, unknown> }> };
  return Object.values(manifest.routes).reduce((n, r) => n + Object.keys(r.paths).length, 0);
}

const restored = (log: string) => log.match(/\(restored\)/g)?.length ?? 0;

let first: Map<string, Buffer>;

beforeAll(async () => {
  root = copyWorkspace('shuangjian-incremental');
  siteDir = join(root, 'site');
  // The real repository's image cache (content-addressed): the images are copied, not drawn.
  env = buildEnv(root, {
    SHUANGJIAN_IMAGE_CACHE: join(REPO_ROOT, 'site', 'node_modules', '.cache', 'shuangjian-images'),
  });
  const log = await build();
  expect(restored(log), 'the first build has no earlier build to copy from').toBe(0);
  await postbuild();
  first = files(join(siteDir, 'dist'));
}, 300_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('an incremental rebuild', () => {
  it('with nothing changed copies every keyed page and the search index, with the same bytes', async () => {
    const log = await build();
    expect((await postbuild()).match(/from the build cache/g)).toHaveLength(2);
    const keyed = keyedPaths();
    // Every page of a route with getStaticPaths (all but 404, the feed, robots.txt and the API
    // index, which Astro renders every time) comes from the cache.
    expect(keyed).toBeGreaterThan(first.size / 2);
    expect(restored(log)).toBe(keyed);
    expect(differences(first, files(join(siteDir, 'dist')))).toEqual([]);
  }, 300_000);

  it('after a change in a city’s data renders the pages again, as a build without cache does', async () => {
    editYaml(root, 'data/cities/hefei.yaml', (doc) => {
      const i = figureIndex(doc, 'grid-workers');
      doc.setIn(['figures', i, 'title', 'en'], 'Neighbourhood grid workers');
    });
    const node = join(root, 'node_modules', '.bin', 'node');
    await run(node, ['scripts/src/cli/build-data.ts', '--root', root], { cwd: root });
    const log = await build();
    expect(restored(log), 'no page is copied: the data of every page changed').toBe(0);
    const incremental = files(join(siteDir, 'dist'));
    const page = incremental.get('en/figures/hefei/grid-workers/index.html')!.toString();
    expect(page).toContain('Neighbourhood grid workers');
    expect(differences(first, incremental)).toContain('en/figures/hefei/grid-workers/index.html');

    renameSync(join(siteDir, 'dist'), join(root, 'incremental'));
    await build('--force');
    expect(differences(files(join(root, 'incremental')), files(join(siteDir, 'dist')))).toEqual([]);
  }, 300_000);

  it('after a change in the middleware’s code, which no route imports, renders every page again', async () => {
    // The --force build above left a whole cache of the changed data's pages.
    appendFileSync(join(siteDir, 'src', 'lib', 'postbuild', 'page.ts'), '\n// changed\n');
    expect(restored(await build())).toBe(0);
  }, 300_000);

  it('after a build that stopped before its pages were done renders every page again', async () => {
    const cache = join(siteDir, 'node_modules', '.astro');
    expect(restored(await build()), 'the cache is whole').toBeGreaterThan(0);
    expect(existsSync(join(cache, MARK)), 'a finished build leaves no mark').toBe(false);
    writeFileSync(join(cache, MARK), ''); // as a build killed while generating pages leaves it
    const log = await build();
    expect(log).toContain('the last build stopped before its pages were done');
    expect(restored(log)).toBe(0);
  }, 300_000);
});

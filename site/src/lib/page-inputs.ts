// Astro's incremental build (astro.config.mjs: experimental.incrementalBuild) copies a page from
// its previous build instead of rendering it again when two things are unchanged: the code of the
// page's route (Astro hashes the route's module graph) and the page's `cacheKey`. The cacheKey
// must therefore stand for everything else the page's bytes depend on. Here that is:
//   - the installed @shuangjian/* packages the site depends on and those of the cities in
//     site.config.json, every file (their data is read with `fs` at run time, site-data.ts and
//     package-files.ts, which Astro's module hash cannot see);
//   - the middleware and every local module it imports, by their source: it rewrites every page
//     (CSP, Chinese runs) but is not part of any route's module graph;
//   - files page code reads with `fs` (src/styles/charts.css, palette.ts);
//   - SOURCE_DATE_EPOCH, which dates the files inside the download zips (downloads/zip.ts).
// One digest for all pages, so any change in data re-renders every page: a page shows other
// cities' figures (navigation, comparisons), and a narrower key per page would have to be proved
// for each page. A rebuild with nothing changed, or with a change to one route's code only,
// renders only what changed. `astro build --force` renders everything.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { building } from './images/build-state';
import { siteRoot } from './site-root';

const require = createRequire(import.meta.url);

/** Files under dir, relative and sorted, leaving out node_modules and dot-folders (.turbo logs). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((f) => !f.split(sep).some((part) => part === 'node_modules' || part.startsWith('.')))
    .sort();
}

// import … from './x', export … from '../y', import './z': the relative ones.
const LOCAL_IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'";]*?['"](\.{1,2}\/[^'"]+)['"]/g;

function resolveLocal(from: string, spec: string): string {
  const base = resolve(dirname(from), spec);
  for (const file of [base, `${base}.ts`, join(base, 'index.ts')])
    if (existsSync(file) && statSync(file).isFile()) return file;
  throw new Error(`${from}: cannot resolve the import "${spec}"`);
}

/** A module and every local module it imports, transitively, sorted. */
export function localModules(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.[cm]?[jt]s$/.test(file)) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(LOCAL_IMPORT))
      queue.push(resolveLocal(file, m[1]!));
  }
  return [...seen].sort();
}

/**
 * The folders of the @shuangjian packages the pages read: every city in site.config.json (a city
 * added by `pnpm new-city`, or by the benchmark, is linked into node_modules before it is a
 * dependency) and the site's @shuangjian dependencies that are installed (the benchmark's copy of
 * the repository removes the three real cities).
 */
function sitePackages(root: string): [name: string, dir: string][] {
  const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown;
  const { dependencies = {} } = read('package.json') as { dependencies?: Record<string, string> };
  const { cities = [] } = read('site.config.json') as { cities?: string[] };
  const find = (name: string) => {
    try {
      return dirname(require.resolve(`${name}/package.json`, { paths: [root] }));
    } catch {
      return undefined;
    }
  };
  const found = new Map<string, string>();
  for (const slug of cities) {
    const dir = find(`@shuangjian/${slug}`);
    if (!dir)
      throw new Error(`site.config.json lists "${slug}", but @shuangjian/${slug} is not installed`);
    found.set(`@shuangjian/${slug}`, dir);
  }
  for (const name of Object.keys(dependencies).filter((n) => n.startsWith('@shuangjian/'))) {
    const dir = find(name);
    if (dir) found.set(name, dir);
  }
  return [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The inputs of every page outside the routes' module graphs, as [label, file] pairs. */
export function pageInputFiles(root: string = siteRoot()): [label: string, file: string][] {
  const inputs: [string, string][] = [];
  for (const [name, dir] of sitePackages(root))
    for (const f of filesUnder(dir)) inputs.push([`${name}/${f}`, join(dir, f)]);
  const site = [
    ...localModules(join(root, 'src', 'middleware.ts')),
    join(root, 'src', 'styles', 'charts.css'),
  ];
  for (const file of site) inputs.push([`site/${relative(root, file)}`, file]);
  return inputs;
}

/** SHA-256 of every page input (pageInputFiles) and of SOURCE_DATE_EPOCH. */
export function pageInputsDigest(
  root: string = siteRoot(),
  env: Record<string, string | undefined> = process.env,
): string {
  const hash = createHash('sha256');
  hash.update(`SOURCE_DATE_EPOCH=${env.SOURCE_DATE_EPOCH ?? ''}\0`);
  for (const [label, file] of pageInputFiles(root)) {
    const bytes = readFileSync(file);
    hash.update(`${label}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}

let digest: string | undefined;

/**
 * getStaticPaths entries with the cacheKey that lets an incremental build reuse their pages; in
 * `astro dev`, which has no use for it, the entries as they are (a city being drafted there has
 * no package yet).
 */
export function cached<T extends object>(paths: T[]): (T & { cacheKey?: string })[] {
  if (!building()) return paths;
  digest ??= pageInputsDigest();
  const cacheKey = digest;
  return paths.map((p) => ({ ...p, cacheKey }));
}

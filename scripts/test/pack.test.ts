// The published packages as a consumer sees them: pack each with pnpm (which rewrites workspace:
// ranges), lint the tarballs with publint and Are the Types Wrong, check exactly which files ship,
// then install the tarballs with npm into a fresh project outside the repository and use them from
// JavaScript (on the repo's Node 24) and from TypeScript (the repo's tsc, NodeNext, strict).
//
// Needs the packages built first (`pnpm build`); the city packages and indicators are devDependencies
// of @shuangjian/scripts so that turbo builds them before this test runs.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/paths.ts';

type Kind = 'schema' | 'city' | 'indicators';
interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  files?: string[];
  exports?: Record<string, string | Record<string, string>>;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
interface Packed {
  dir: string;
  kind: Kind;
  source: PackageJson; // packages/<dir>/package.json
  tarball: string;
  files: string[]; // paths inside the tarball, without the leading "package/"
  manifest: PackageJson; // package.json as packed
}

const PACKAGES: Record<string, Kind> = {
  schema: 'schema',
  hefei: 'city',
  huangshan: 'city',
  bengbu: 'city',
  indicators: 'indicators',
};
const CITIES = ['hefei', 'huangshan', 'bengbu'];
const NODE = path.join(REPO_ROOT, 'node_modules/.bin/node'); // Node 24 (root devDependency "node")
const TSC = path.join(REPO_ROOT, 'node_modules/.bin/tsc');
const PNPM = ['--yes', 'pnpm@12.21.0'];
const require = createRequire(import.meta.url);
const attwPkgPath = require.resolve('@arethetypeswrong/cli/package.json');
const ATTW = path.join(
  path.dirname(attwPkgPath),
  (JSON.parse(readFileSync(attwPkgPath, 'utf8')) as { bin: { attw: string } }).bin.attw,
);
const INSTALL_SCRIPTS = [
  'preinstall',
  'install',
  'postinstall',
  'prepare',
  'preprepare',
  'postprepare',
];
// npm always packs these from the package root (the README, LICENSE/LICENCE and CHANGELOG if present).
const ALWAYS_INCLUDED = /^(readme|license|licence|changelog)(\..*)?$/i;
const ROOT_LICENSE = /^licen[sc]e(\..*)?$/i;

// The child processes get this process's environment minus what pnpm/npx/vitest inject: npm_config_*
// from a pnpm script would, e.g., point npm's local prefix at scripts/, and NODE_PATH would let the
// consumer resolve packages from the repo's store instead of its own node_modules.
const KEEP_NPM_CONFIG =
  /^npm_config_(registry|cache|cafile|userconfig|globalconfig|proxy|https_proxy|noproxy|strict_ssl)$/i;
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_)/i.test(key) && !KEEP_NPM_CONFIG.test(key)) continue;
    if (['NODE', 'NODE_OPTIONS', 'NODE_PATH', 'INIT_CWD', 'PNPM_PACKAGE_NAME'].includes(key))
      continue;
    env[key] = value;
  }
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', npm_config_update_notifier: 'false' };
}

/** Runs a command with an explicit cwd and env, capturing (never printing) its output. */
function run(
  command: string,
  args: string[],
  cwd: string,
  timeout = 120_000,
): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, {
    cwd,
    env: childEnv(),
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error)
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) failed to run: ${result.error.message}`,
    );
  return result;
}
function runOk(command: string, args: string[], cwd: string, timeout?: number): string {
  const result = run(command, args, cwd, timeout);
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) exited ${result.status}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`,
    );
  }
  return result.stdout;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Every file under dir, as POSIX paths relative to base. */
function walk(dir: string, base: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const abs = path.join(dir, entry.name);
    return entry.isDirectory()
      ? walk(abs, base)
      : [path.relative(base, abs).split(path.sep).join('/')];
  });
}

/** What the `files` allowlist plus npm's always-included files give, from the package folder on disk. */
function expectedFiles(pkgDir: string, pkg: PackageJson): string[] {
  const out = new Set<string>(['package.json']);
  for (const entry of pkg.files ?? []) {
    if (/[*?[\]{}!]/.test(entry))
      throw new Error(
        `${pkg.name}: files entry "${entry}" is a pattern; this test only expands plain paths`,
      );
    const abs = path.join(pkgDir, entry);
    const stat = statSync(abs, { throwIfNoEntry: false });
    if (!stat) continue;
    for (const file of stat.isDirectory() ? walk(abs, pkgDir) : [entry.replace(/^\.\//, '')])
      out.add(file);
  }
  for (const name of readdirSync(pkgDir))
    if (ALWAYS_INCLUDED.test(name) && statSync(path.join(pkgDir, name)).isFile()) out.add(name);
  // pnpm pack adds the workspace root's LICEN{S,C}E{,.*} to a package that has no licence file of its own.
  if (![...out].some((f) => ROOT_LICENSE.test(f))) {
    const rootLicense = readdirSync(REPO_ROOT).find(
      (name) => ROOT_LICENSE.test(name) && statSync(path.join(REPO_ROOT, name)).isFile(),
    );
    if (rootLicense) out.add(rootLicense);
  }
  return [...out].sort();
}

/** Every string target in an exports map (conditions flattened). */
function exportTargets(exports: PackageJson['exports']): string[] {
  return Object.values(exports ?? {}).flatMap((v) =>
    typeof v === 'string' ? [v] : Object.values(v),
  );
}

let tmp = '';
const packed = new Map<string, Packed>();
const get = (dir: string): Packed => {
  const p = packed.get(dir);
  if (!p) throw new Error(`${dir} was not packed (see beforeAll)`);
  return p;
};

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'shuangjian-pack-'));
  // Every publishable package is covered here: a new one must be added to PACKAGES.
  const publishable = readdirSync(path.join(REPO_ROOT, 'packages'))
    .filter(
      (d) => !readJson<PackageJson>(path.join(REPO_ROOT, 'packages', d, 'package.json')).private,
    )
    .sort();
  expect(publishable).toEqual(Object.keys(PACKAGES).sort());

  for (const [dir, kind] of Object.entries(PACKAGES)) {
    const pkgDir = path.join(REPO_ROOT, 'packages', dir);
    for (const built of ['dist/index.js', 'dist/index.d.ts']) {
      if (!statSync(path.join(pkgDir, built), { throwIfNoEntry: false }))
        throw new Error(`packages/${dir}/${built} is missing: run \`pnpm build\` first`);
    }
    const dest = path.join(tmp, 'packs', dir);
    mkdirSync(dest, { recursive: true });
    runOk('npx', [...PNPM, 'pack', '--pack-destination', dest], pkgDir);
    const tarballs = readdirSync(dest).filter((f) => f.endsWith('.tgz'));
    expect(tarballs, `pnpm pack in packages/${dir}`).toHaveLength(1);
    const tarball = path.join(dest, tarballs[0]!);
    const entries = runOk('tar', ['-tzf', tarball], tmp).split('\n').filter(Boolean);
    expect(
      entries.filter((e) => !e.startsWith('package/')),
      `${dir}: entries outside package/`,
    ).toEqual([]);
    const manifest = JSON.parse(
      runOk('tar', ['-xzOf', tarball, 'package/package.json'], tmp),
    ) as PackageJson;
    packed.set(dir, {
      dir,
      kind,
      source: readJson<PackageJson>(path.join(pkgDir, 'package.json')),
      tarball,
      files: entries
        .map((e) => e.slice('package/'.length))
        .filter((e) => e && !e.endsWith('/'))
        .sort(),
      manifest,
    });
  }
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe.each(Object.keys(PACKAGES))('the packed @shuangjian/%s', (dir) => {
  it('passes publint with no errors or warnings', async ({ annotate }) => {
    const { tarball } = get(dir);
    const result = await publint({
      pack: { tarball: new Uint8Array(readFileSync(tarball)).buffer },
      level: 'suggestion',
      strict: false,
    });
    const show = (types: string[]) =>
      result.messages
        .filter((m) => types.includes(m.type))
        .map((m) => `${m.type} ${m.code}: ${formatMessage(m, result.pkg, { color: false }) ?? ''}`);
    expect(show(['error', 'warning'])).toEqual([]);
    const suggestions = show(['suggestion']);
    if (suggestions.length > 0) await annotate(`publint suggestions:\n${suggestions.join('\n')}`);
  });

  it('passes Are the Types Wrong (esm-only profile) with no problems', () => {
    const { tarball, manifest } = get(dir);
    // CSV and text subpaths are data files for fs/import.meta.resolve, not modules: TypeScript cannot
    // resolve them, so attw would report NoResolution for them. The JSON subpaths are checked.
    const dataEntrypoints = Object.keys(manifest.exports ?? {}).filter((k) =>
      /\.(csv|txt)$/.test(k),
    );
    const args = [
      ATTW,
      tarball,
      '--profile',
      'esm-only',
      '--format',
      'json',
      ...(dataEntrypoints.length ? ['--exclude-entrypoints', ...dataEntrypoints] : []),
    ];
    const result = run(NODE, args, tmp);
    const report = JSON.parse(result.stdout) as {
      analysis: { types: false | { kind: string }; entrypoints: Record<string, unknown> };
      problems?: Record<string, { kind: string; entrypoint?: string; resolutionKind?: string }[]>;
    };
    expect(report.analysis.types, 'types are included in the package').toEqual({
      kind: 'included',
    });
    expect(Object.keys(report.analysis.entrypoints)).toContain('.');
    // --format json lists every problem; the profile only ignores node10 and node16-cjs in the exit code.
    const problems = Object.values(report.problems ?? {})
      .flat()
      .filter((p) => !['node10', 'node16-cjs'].includes(p.resolutionKind ?? ''));
    expect(problems).toEqual([]);
    expect(result.status, result.stderr).toBe(0);
  });

  it('holds exactly the files allowlist plus the always-included files', () => {
    const { files, source, kind, manifest } = get(dir);
    const pkgDir = path.join(REPO_ROOT, 'packages', dir);
    expect(files).toEqual(expectedFiles(pkgDir, source));

    const required = ['package.json', 'dist/index.js', 'dist/index.d.ts'];
    if (kind === 'city') {
      required.push(
        'README.md',
        'datapackage.json',
        'data/figures.json',
        'data/figures.csv',
        'data/figures.excel.csv',
        'data/dataset.json',
      );
      const dataset = JSON.parse(
        runOk('tar', ['-xzOf', get(dir).tarball, 'package/data/dataset.json'], tmp),
      ) as { sources: { id: string }[] };
      expect(dataset.sources.length).toBeGreaterThan(0);
      required.push(...dataset.sources.map((s) => `data/sources/${s.id}.zh.txt`));
    }
    if (kind === 'indicators') required.push('data/indicators.json');
    if (kind === 'schema') required.push('schema/figure.schema.json', 'schema/dataset.schema.json');
    expect(
      required.filter((f) => !files.includes(f)),
      'required files missing',
    ).toEqual([]);

    // Every .js in dist has its .d.ts.
    const js = files.filter((f) => f.startsWith('dist/') && f.endsWith('.js'));
    expect(js.filter((f) => !files.includes(f.replace(/\.js$/, '.d.ts')))).toEqual([]);

    const forbidden = [
      /(^|\/)src\//,
      /tsconfig/,
      /\.(test|spec)\.[cm]?[jt]s$/,
      /(^|\/)__tests__\//,
      /(^|\/)node_modules\//,
      /\.tsbuildinfo$/,
      /\.map$/,
      /(^|\/)\.[^/]*$/,
      /^binding\.gyp$/,
      /\.ts$/,
    ];
    expect(
      files.filter((f) => forbidden.some((re) => re.test(f) && !f.endsWith('.d.ts'))),
      'files that should not ship',
    ).toEqual([]);

    // Every export target ships (a "*" target must match at least one file).
    for (const target of exportTargets(manifest.exports)) {
      const rel = target.replace(/^\.\//, '');
      if (rel.includes('*')) {
        const re = new RegExp(
          `^${rel
            .split('*')
            .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
            .join('[^/]+')}$`,
        );
        expect(
          files.some((f) => re.test(f)),
          `export target ${target}`,
        ).toBe(true);
      } else {
        expect(files, `export target ${target}`).toContain(rel);
      }
    }
  });

  it('has a package.json without install scripts or workspace: ranges', () => {
    const { manifest, source } = get(dir);
    expect(manifest.name).toBe(source.name);
    expect(manifest.version).toBe(source.version);
    expect(Object.keys(manifest.scripts ?? {}).filter((s) => INSTALL_SCRIPTS.includes(s))).toEqual(
      [],
    );
    expect(JSON.stringify(manifest)).not.toContain('workspace:');
    const runtimeDeps = {
      ...manifest.dependencies,
      ...manifest.peerDependencies,
      ...manifest.optionalDependencies,
    };
    for (const [name, range] of Object.entries(runtimeDeps)) {
      if (!name.startsWith('@shuangjian/')) continue;
      const target = Object.values(Object.fromEntries(packed)).find(
        (p) => p.manifest.name === name,
      );
      expect(target, `${name} is one of the packed packages`).toBeDefined();
      expect(range, `${dir} -> ${name}`).toBe(`^${target!.manifest.version}`);
    }
    expect(manifest.peerDependencies?.zod ?? manifest.dependencies?.zod, 'zod range').toMatch(
      /^\^4\./,
    );
  });
});

describe('a consumer project installing the tarballs with npm', () => {
  let consumer = '';
  let installed: Record<string, { version: string }> = {};

  beforeAll(() => {
    consumer = path.join(tmp, 'consumer');
    mkdirSync(consumer);
    writeFileSync(
      path.join(consumer, 'package.json'),
      `${JSON.stringify({ name: 'shuangjian-consumer', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`,
    );
    const tarballs = Object.keys(PACKAGES).map((dir) => get(dir).tarball);
    runOk(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        '--loglevel',
        'error',
        ...tarballs,
      ],
      consumer,
      180_000,
    );
    const lock = readJson<{ packages: Record<string, { version: string }> }>(
      path.join(consumer, 'package-lock.json'),
    );
    installed = lock.packages;
  });

  it('installs one copy of each package and of zod, at the top level', () => {
    const paths = Object.keys(installed).filter(Boolean).sort();
    for (const dir of Object.keys(PACKAGES))
      expect(paths).toContain(`node_modules/@shuangjian/${dir}`);
    expect(paths.filter((p) => p.endsWith('/zod'))).toEqual(['node_modules/zod']);
    expect(installed['node_modules/zod']?.version).toMatch(/^4\./);
    expect(
      paths.filter((p) => p.includes('@shuangjian/') && p.includes('/node_modules/@shuangjian/')),
      'nested @shuangjian copies',
    ).toEqual([]);
  });

  it('works from JavaScript on Node 24', () => {
    writeFileSync(
      path.join(consumer, 'run.mjs'),
      `import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import hefeiDefault, { figures, source, sources, city, getFigure, dataset, version } from '@shuangjian/hefei';
import * as hefei from '@shuangjian/hefei';
import * as huangshan from '@shuangjian/huangshan';
import * as bengbu from '@shuangjian/bengbu';
import huangshanFigures from '@shuangjian/huangshan/data/figures.json' with { type: 'json' };
import hefeiPkg from '@shuangjian/hefei/package.json' with { type: 'json' };
import { compare, getIndicator, indicators } from '@shuangjian/indicators';
import { DatasetSchema } from '@shuangjian/schema';

const first = figures[0];
const rows = compare('enforcement.personnel-dispatched', [hefei.dataset, huangshan.dataset, bengbu.dataset]);
const fileOf = (spec) => readFile(fileURLToPath(import.meta.resolve(spec)), 'utf8');
let deepImport = 'resolved';
try { await import('@shuangjian/hefei/dist/index.js'); } catch (e) { deepImport = e.code; }
process.stdout.write(JSON.stringify({
  node: process.version,
  figureCount: figures.length,
  firstSource: first.source,
  sourceIds: sources.map((s) => s.id),
  sourceId: source.id,
  getFigureIsSame: getFigure(first.id) === first,
  getFigureUnknown: getFigure('no-such-figure') ?? null,
  quote: first.quote.text,
  sliceByCodePoints: Array.from(source.text).slice(first.quote.start, first.quote.end).join(''),
  citySlug: city.slug,
  version,
  packageVersion: hefeiPkg.version,
  defaultIsDataset: hefeiDefault === dataset,
  huangshanJsonEqualsTyped: isDeepStrictEqual(huangshanFigures, [...huangshan.figures]),
  huangshanCount: huangshanFigures.length,
  rows: rows.map((r) => ({ city: r.city.slug, reported: r.reported, value: r.value, unit: r.unit })),
  indicatorKnown: getIndicator('enforcement.personnel-dispatched')?.id ?? null,
  indicatorCount: indicators.length,
  datasetsValid: [hefei, huangshan, bengbu].map((m) => DatasetSchema.safeParse(m.dataset).success),
  sourceFileMatches: (await fileOf('@shuangjian/hefei/data/sources/' + source.id + '.zh.txt')) === source.text,
  csvHeader: (await fileOf('@shuangjian/hefei/data/figures.csv')).split(/\\r?\\n/)[0],
  deepImport,
}));
`,
    );
    const out = JSON.parse(runOk(NODE, ['run.mjs'], consumer)) as Record<string, unknown> & {
      figureCount: number;
      rows: { city: string; reported: boolean }[];
    };
    expect(out.node).toMatch(/^v24\./);
    expect(out.figureCount).toBeGreaterThan(0);
    expect(out.firstSource).toBe(out.sourceId);
    expect(out.getFigureIsSame).toBe(true);
    expect(out.getFigureUnknown).toBeNull();
    expect(out.sliceByCodePoints).toBe(out.quote);
    expect(out.citySlug).toBe('hefei');
    expect(out.version).toBe(out.packageVersion);
    expect(out.defaultIsDataset).toBe(true);
    expect(out.huangshanJsonEqualsTyped).toBe(true);
    expect(out.huangshanCount).toBeGreaterThan(0);
    expect(out.rows).toHaveLength(3);
    expect(out.rows.map((r) => r.city)).toEqual(CITIES);
    expect(out.rows.every((r) => r.reported)).toBe(true);
    expect(out.indicatorKnown).toBe('enforcement.personnel-dispatched');
    expect(out.indicatorCount).toBeGreaterThan(0);
    expect(out.datasetsValid).toEqual([true, true, true]);
    expect(out.sourceFileMatches).toBe(true);
    expect(out.csvHeader).toMatch(/^global_id,city,id,/);
    expect(out.deepImport).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  describe('from TypeScript (NodeNext, strict)', () => {
    const tsconfig = (file: string) => ({
      compilerOptions: {
        target: 'ES2023',
        // zod's declarations use the global URL, which a consumer gets from the DOM lib or @types/node.
        lib: ['ES2023', 'DOM'],
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        resolveJsonModule: true,
        skipLibCheck: false,
        types: [],
      },
      files: [file],
    });
    const tsc = (project: string) =>
      run(TSC, ['-p', project, '--pretty', 'false', '--listFiles'], consumer);

    it('typechecks a typed consumer against the installed types', () => {
      writeFileSync(
        path.join(consumer, 'tsconfig.json'),
        JSON.stringify(tsconfig('index.ts'), null, 2),
      );
      writeFileSync(
        path.join(consumer, 'index.ts'),
        `import { figures, getFigure, source, type Figure } from '@shuangjian/hefei';
import huangshanFigures from '@shuangjian/huangshan/data/figures.json' with { type: 'json' };
import { compare, type ComparisonRow } from '@shuangjian/indicators';
import type { Dataset, Qualifier } from '@shuangjian/schema';

function describeFigure(f: Figure): string {
  const qualifier: Qualifier = f.qualifier;
  const value: number = f.value;
  const label: string = f.label.en;
  const quote: [number, number] = [f.quote.start, f.quote.end];
  const period: string = f.period.kind;
  return \`\${label}: \${value.toFixed(0)} \${f.unit} (\${qualifier}, \${period}) at \${quote.join('..')} of \${source.id}\`;
}

const first: Figure | undefined = getFigure(figures[0]!.id);
export const line: string = first ? describeFigure(first) : 'none';
export const firstHuangshanId: string = huangshanFigures[0]!.id;
export const firstHuangshanValue: number = huangshanFigures[0]!.value;
const rows: ComparisonRow[] = compare('enforcement.personnel-dispatched', []);
export const values: (number | null)[] = rows.map((r) => (r.reported ? r.value : null));
export const none: Dataset | null = null;
`,
      );
      const result = tsc('tsconfig.json');
      expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
      // The types come from the consumer's node_modules (and TypeScript's own lib files), nothing from the repo.
      const listed = result.stdout
        .split('\n')
        .filter(Boolean)
        .map((f) => path.resolve(f));
      const realConsumer = path.resolve(consumer);
      expect(listed).toContain(
        path.join(realConsumer, 'node_modules/@shuangjian/hefei/dist/index.d.ts'),
      );
      expect(listed).toContain(
        path.join(realConsumer, 'node_modules/@shuangjian/schema/dist/figure.d.ts'),
      );
      expect(listed).toContain(
        path.join(realConsumer, 'node_modules/@shuangjian/huangshan/data/figures.json'),
      );
      expect(listed.some((f) => f.startsWith(path.join(realConsumer, 'node_modules/zod/')))).toBe(
        true,
      );
      expect(
        listed.filter(
          (f) =>
            !f.startsWith(realConsumer + path.sep) &&
            !/[\\/]typescript[\\/]lib[\\/]lib\.[^\\/]+\.d\.ts$/.test(f),
        ),
      ).toEqual([]);
    });

    it('fails on a type error, so the check above is not vacuous', () => {
      writeFileSync(
        path.join(consumer, 'tsconfig.bad.json'),
        JSON.stringify(tsconfig('bad.ts'), null, 2),
      );
      writeFileSync(
        path.join(consumer, 'bad.ts'),
        `import { getFigure } from '@shuangjian/hefei';\nexport const n: string = getFigure('x')!.value;\n`,
      );
      const result = tsc('tsconfig.bad.json');
      expect(result.status).not.toBe(0);
      const errors = result.stdout.split('\n').filter((l) => /error TS\d+/.test(l));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        /^bad\.ts\(2,14\): error TS2322: Type 'number' is not assignable to type 'string'/,
      );
    });
  });
});

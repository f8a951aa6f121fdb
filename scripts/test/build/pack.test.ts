// The published packages as a consumer sees them: pack each with pnpm (which rewrites workspace:
// ranges), lint the tarballs with publint and Are the Types Wrong, check exactly which files ship,
// then install the tarballs with npm into a fresh project outside the repository and use them from
// JavaScript (on the repo's Node 24) and from TypeScript (the repo's tsc, NodeNext, strict).
//
// Needs the packages built first (`pnpm build`); the city packages and indicators are devDependencies
// of @shuangjian/scripts so that turbo builds them before this test runs. The helpers are in ./pack/.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.ts';
import { ATTW, NODE, run } from './pack/commands.ts';
import { installConsumer, runConsumerScript, typecheck, type Installed } from './pack/consumer.ts';
import { INDEX_TS } from './pack/consumer-sources.ts';
import {
  expectedFiles,
  exportTargets,
  NEVER_SHIPPED,
  targetPattern,
} from './pack/expected-files.ts';
import {
  packPackage,
  publishablePackages,
  readPacked,
  type Kind,
  type Packed,
} from './pack/pack-package.ts';

/** Every city the repository has (a city added by `pnpm new-city` is packed too). */
const ALL_CITIES = (
  JSON.parse(readFileSync(path.join(REPO_ROOT, 'site', 'site.config.json'), 'utf8')) as {
    cities: string[];
  }
).cities;
const PACKAGES: Record<string, Kind> = {
  schema: 'schema',
  ...Object.fromEntries(ALL_CITIES.map((c) => [c, 'city' as const])),
  indicators: 'indicators',
  'all-cities': 'all-cities',
};
/** The cities the consumer script imports by name. */
const CITIES = ['hefei', 'huangshan', 'bengbu'];
/** How many figures a city's package holds, as built here. */
const figuresIn = (city: string) =>
  (
    JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'packages', city, 'data', 'figures.json'), 'utf8'),
    ) as unknown[]
  ).length;
const INSTALL_SCRIPTS = [
  'preinstall',
  'install',
  'postinstall',
  'prepare',
  'preprepare',
  'postprepare',
];

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
  expect(publishablePackages()).toEqual(Object.keys(PACKAGES).sort());
  for (const [dir, kind] of Object.entries(PACKAGES)) packed.set(dir, packPackage(dir, kind, tmp));
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
    // CSV, text and checksum subpaths are data files for fs/import.meta.resolve, not modules: TypeScript
    // cannot resolve them, so attw would report NoResolution for them. The JSON subpaths are checked.
    const dataEntrypoints = Object.keys(manifest.exports ?? {}).filter((k) =>
      /\.(csv|txt|sha256)$/.test(k),
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
      problems?: Record<
        string,
        {
          kind: string;
          entrypoint?: string;
          resolutionKind?: string;
          implementationFileName?: string;
        }[]
      >;
    };
    expect(report.analysis.types, 'types are included in the package').toEqual({
      kind: 'included',
    });
    expect(Object.keys(report.analysis.entrypoints)).toContain('.');
    // --format json lists every problem; the profile only ignores node10 and node16-cjs in the exit code.
    // attw reads a JSON file as CommonJS and so calls the JSON declarations' `export default`
    // false; an ES module import of JSON has exactly a default export (Node's JSON modules), which
    // the consumer typecheck below proves under NodeNext, Node16 and Bundler.
    const jsonDefault = (p: { kind: string; implementationFileName?: string }) =>
      p.kind === 'FalseExportDefault' && p.implementationFileName?.endsWith('.json') === true;
    const all = Object.values(report.problems ?? {})
      .flat()
      .filter((p) => !['node10', 'node16-cjs'].includes(p.resolutionKind ?? ''));
    expect(all.filter((p) => !jsonDefault(p))).toEqual([]);
    // attw's exit code counts the JSON ones too.
    expect(result.status, result.stderr).toBe(all.some(jsonDefault) ? 1 : 0);
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
      const dataset = JSON.parse(readPacked(get(dir).tarball, 'data/dataset.json', tmp)) as {
        sources: { id: string }[];
      };
      expect(dataset.sources.length).toBeGreaterThan(0);
      required.push(...dataset.sources.map((s) => `data/sources/${s.id}.zh.txt`));
    }
    if (kind === 'indicators') required.push('data/indicators.json');
    if (kind === 'all-cities')
      required.push(
        'README.md',
        'datapackage.json',
        'LICENSE',
        'LICENSE-DATA',
        'CITATION.cff',
        'data/figures.csv',
        'data/figures.excel.csv',
        'data/figures.json',
        'data/indicators.csv',
        'data/indicators.json',
        'data/cities.json',
        'data/manifest.sha256',
      );
    if (kind === 'schema') required.push('schema/figure.schema.json', 'schema/dataset.schema.json');
    expect(
      required.filter((f) => !files.includes(f)),
      'required files missing',
    ).toEqual([]);

    // Every .js in dist has its .d.ts.
    const js = files.filter((f) => f.startsWith('dist/') && f.endsWith('.js'));
    expect(js.filter((f) => !files.includes(f.replace(/\.js$/, '.d.ts')))).toEqual([]);

    expect(
      files.filter((f) => NEVER_SHIPPED.some((re) => re.test(f) && !f.endsWith('.d.ts'))),
      'files that should not ship',
    ).toEqual([]);

    // Every export target ships (a "*" target must match at least one file).
    for (const target of exportTargets(manifest.exports)) {
      const rel = target.replace(/^\.\//, '');
      if (rel.includes('*')) {
        const re = targetPattern(rel);
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
  let installed: Installed = {};

  beforeAll(() => {
    consumer = path.join(tmp, 'consumer');
    installed = installConsumer(
      consumer,
      Object.keys(PACKAGES).map((dir) => get(dir).tarball),
    );
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
    const out = runConsumerScript(consumer);
    expect(out.node).toMatch(/^v24\./);
    expect(out.figureCount).toBeGreaterThan(0);
    expect(out.firstSource).toBe(out.sourceId);
    expect(out.getFigureIsSame).toBe(true);
    expect(out.getFigureTypo).toBe(
      'RangeError: getFigure: @shuangjian/hefei has no figure "enforcement-personel-dispatched"; ' +
        `did you mean "enforcement-personnel-dispatched"? (${out.figureCount} ids, listed in FIGURE_IDS)`,
    );
    expect(out.getFigureNonString).toMatch(
      /^TypeError: getFigure: expected a figure id of @shuangjian\/hefei .*got number$/,
    );
    expect(out.figureIdsCount).toBe(out.figureCount);
    expect(out.compareFigures).toMatch(
      /^TypeError: compare: datasets\[0\] is an array \(a package's `figures`\?\)/,
    );
    // ES modules run in strict mode: assigning to frozen data throws and changes nothing.
    expect(out.assignValue).toMatch(/^TypeError: Cannot assign to read only property 'value'/);
    expect(out.valueKept).toBe(true);
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
    expect(out.csvHeader).toMatch(
      /^global_id,city,city_name_zh,city_name_en,province_zh,province_en,admin_code,id,/,
    );
    expect(out.deepImport).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
    // The all-cities package: every city's figures, the catalogue, the table and its codebook.
    expect(out.all.figureCount).toBe(
      out.figureCount +
        out.huangshanCount +
        out.all.bengbuCount +
        ALL_CITIES.filter((c) => !CITIES.includes(c))
          .map(figuresIn)
          .reduce((a, b) => a + b, 0),
    );
    expect(out.all.citySlugs).toEqual([...ALL_CITIES].sort());
    expect(out.all.getFigureEqualsCity).toBe(true);
    expect(out.all.indicatorCount).toBe(out.indicatorCount);
    expect(out.all.csvRecords).toBe(out.all.figureCount + 1);
    expect(out.all.csvHeader).toBe(out.csvHeader);
    expect(out.all.readmeHasCodebook).toBe(true);
    expect(out.all.version).toBe(out.all.packageVersion);
  });

  describe('from TypeScript (NodeNext, strict)', () => {
    it('typechecks a typed consumer against the installed types', () => {
      const result = typecheck(consumer, 'tsconfig.json', 'index.ts', INDEX_TS);
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
        path.join(realConsumer, 'node_modules/@shuangjian/huangshan/types/figures.json.d.ts'),
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

    it.each(['node16', 'bundler'] as const)(
      'typechecks the same consumer with moduleResolution %s, as the READMEs promise',
      (resolution) => {
        const result = typecheck(
          consumer,
          `tsconfig.${resolution}.json`,
          'index.ts',
          INDEX_TS,
          resolution,
        );
        expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
      },
    );

    it.each([
      [
        'figure',
        'typo',
        `import { getFigure } from '@shuangjian/hefei';\nexport const f = getFigure('enforcement-personel-dispatched');\n`,
        /^typo\.ts\(2,28\): error TS2345: Argument of type '"enforcement-personel-dispatched"' is not assignable to parameter of type 'FigureId'/,
      ],
      [
        'global figure',
        'global',
        `import { getFigure } from '@shuangjian/all-cities';\nexport const f = getFigure('hefei/enforcement-personel-dispatched');\n`,
        /^global\.ts\(2,28\): error TS2345: Argument of type '"hefei\/enforcement-personel-dispatched"' is not assignable to parameter of type 'GlobalFigureId'/,
      ],
      [
        'indicator',
        'indicator',
        `import { compare } from '@shuangjian/indicators';\nexport const rows = compare('enforcement.personel-dispatched', []);\n`,
        /^indicator\.ts\(2,29\): error TS2345: Argument of type '"enforcement\.personel-dispatched"' is not assignable to parameter of type 'IndicatorId'/,
      ],
    ])('makes a mistyped %s id a compile error', (_, name, source, error) => {
      const result = typecheck(consumer, `tsconfig.${name}.json`, `${name}.ts`, source);
      const errors = result.stdout.split('\n').filter((l) => /error TS\d+/.test(l));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(error);
    });

    it('fails on a type error, so the check above is not vacuous', () => {
      const result = typecheck(
        consumer,
        'tsconfig.bad.json',
        'bad.ts',
        `import { getFigure } from '@shuangjian/hefei';\nexport const n: string = getFigure('grid-workers').value;\n`,
      );
      expect(result.status).not.toBe(0);
      const errors = result.stdout.split('\n').filter((l) => /error TS\d+/.test(l));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        /^bad\.ts\(2,14\): error TS2322: Type 'number' is not assignable to type 'string'/,
      );
    });
  });
});

// The all-cities package: its descriptor, codebook README, typed entry, and the checks of its build.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as all from '@shuangjian/all-cities';
import * as hefei from '@shuangjian/hefei';
import { PERIOD_KIND_MEANING, QUALIFIER_MEANING, UNITS } from '@shuangjian/schema';
import { allCitiesOutputs } from '../../src/build/all-cities.ts';
import { COLUMNS } from '../../src/build/figure-table.ts';
import { INDICATOR_COLUMNS } from '../../src/build/indicator-table.ts';
import { runBuildData } from '../../src/build/run.ts';
import { REPO_ROOT } from '../../src/paths.ts';
import { validate } from '../../src/validate/validate.ts';
import { expectValidDescriptor } from '../descriptor.ts';
import { copyRepo, removeRepo } from '../fixture-repo.ts';

const DIR = join(REPO_ROOT, 'packages', 'all-cities');
const read = (path: string) => readFileSync(join(DIR, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as { name: string; version: string };
const roots: string[] = [];
afterAll(() => roots.forEach(removeRepo));

describe('datapackage.json', () => {
  const descriptor = expectValidDescriptor('all-cities');

  it('has the package’s version', () => {
    expect(descriptor.version).toBe(pkg.version);
  });

  it('describes both tables with the columns their headers have, each with a description', () => {
    const fields = (name: string) =>
      descriptor.resources.find((r) => r.name === name)!.schema!.fields;
    expect(fields('figures').map((f) => f.name)).toEqual(COLUMNS.map((c) => c.name));
    expect(fields('indicators').map((f) => f.name)).toEqual(INDICATOR_COLUMNS.map((c) => c.name));
    for (const name of ['figures', 'indicators']) {
      const r = descriptor.resources.find((x) => x.name === name)!;
      expect(read(r.path).split('\r\n')[0]).toBe(
        fields(name)
          .map((f) => f.name)
          .join(','),
      );
      for (const f of fields(name)) expect(f.description.length, f.name).toBeGreaterThan(10);
    }
  });

  it('spells out the units, qualifiers and period kinds in the field descriptions', () => {
    const fields = descriptor.resources.find((r) => r.name === 'figures')!.schema!.fields;
    const about = (name: string) => fields.find((f) => f.name === name)!.description;
    for (const [unit, words] of Object.entries(UNITS))
      expect(about('unit')).toContain(`${unit} (${words.zh})`);
    for (const q of Object.keys(QUALIFIER_MEANING)) expect(about('qualifier')).toContain(q);
    for (const [kind, meaning] of Object.entries(PERIOD_KIND_MEANING))
      expect(about('period_kind')).toContain(`${kind}: ${meaning}`);
    expect(about('value')).toContain('percent');
    expect(about('formula')).toContain('times 100');
  });
});

describe('README.md, the codebook', () => {
  const readme = read('README.md');

  it('explains every column of both tables', () => {
    for (const c of [...COLUMNS, ...INDICATOR_COLUMNS])
      expect(readme, c.name).toContain(`| \`${c.name}\` |`);
  });

  it('lists every unit, qualifier and period kind with its meaning', () => {
    for (const [unit, words] of Object.entries(UNITS))
      expect(readme).toContain(`| \`${unit}\` | ${words.zh} | ${words.en} |`);
    for (const [q, meaning] of Object.entries(QUALIFIER_MEANING))
      expect(readme).toContain(`| \`${q}\` | ${meaning} |`);
    for (const [kind, meaning] of Object.entries(PERIOD_KIND_MEANING))
      expect(readme).toContain(`| \`${kind}\` | ${meaning} |`);
  });

  it('states the base-unit, percent and formula conventions, and how to cite', () => {
    expect(readme).toContain('89.16万元 is `891600` CNY');
    expect(readme).toContain('`87.57`, not `0.8757`');
    expect(readme).toMatch(/\*\*Formula\*\*.*times 100/);
    expect(readme).toMatch(/^## How to cite$/m);
    expect(readme).toMatch(/^## Versioning$/m);
    expect(readme).toContain(`${pkg.name} ${pkg.version}`);
  });

  it('lists every city with its code and package', () => {
    for (const c of all.cities) expect(readme).toContain(`| ${c.admin_code} |`);
    expect(readme).toContain('`@shuangjian/hefei`');
  });
});

describe('the typed entry', () => {
  it('exports every city’s figures, cities by slug, and the catalogue', () => {
    const slugs = all.cities.map((c) => c.slug);
    expect(slugs).toEqual([...slugs].sort());
    expect(all.figures.filter((f) => f.city === 'hefei')).toEqual(hefei.figures);
    expect(all.figuresOf('hefei')).toEqual(hefei.figures);
    expect(all.indicators.length).toBeGreaterThan(0);
    expect(all.version).toBe(pkg.version);
    expect(all.GLOBAL_FIGURE_IDS).toEqual(all.figures.map((f) => f.global_id));
  });

  it('looks figures up by global id, naming the nearest for a typo', () => {
    expect(all.getFigure('hefei/fees-refund-ordered')).toEqual(
      hefei.getFigure('fees-refund-ordered'),
    );
    expect(() =>
      all.getFigure('hefei/fees-refund-orderd' as Parameters<typeof all.getFigure>[0]),
    ).toThrow(/no figure "hefei\/fees-refund-orderd"; did you mean "hefei\/fees-refund-ordered"/);
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(all.figures[0]!.quote)).toBe(true);
    expect(Object.isFrozen(all.cities[0])).toBe(true);
    expect(Object.isFrozen(all.indicators[0]!.name)).toBe(true);
  });
});

describe('building it', () => {
  it('refuses two cities that use the same source id, naming the file', () => {
    const result = validate(join(REPO_ROOT, 'data'));
    const city = result.cities[0]!;
    const twin = { ...city, city: { ...city.city, slug: 'twin' } };
    const { files, issues } = allCitiesOutputs([city, twin], result.indicators, pkg, (s) => s);
    expect(files.size).toBe(0);
    const id = city.sources[0]!.meta.id;
    expect(issues).toEqual([
      {
        file: `data/sources/twin/${id}.yaml`,
        rule: 'source-id-clash',
        message: `source id "${id}" is used by ${city.city.slug} too; the all-cities package needs ids unique across cities`,
      },
    ]);
  });

  it('fails, writing nothing, when the all-cities package is missing', () => {
    const root = copyRepo();
    roots.push(root);
    rmSync(join(root, 'packages', 'all-cities'), { recursive: true });
    const run = runBuildData({ repoRoot: root });
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toContain(
      'packages/all-cities/package.json  [package-missing] no package @shuangjian/all-cities',
    );
  });
});

// The static API in site/dist/api/v1 against its JSON Schemas and the data packages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare, type IndicatorId } from '@shuangjian/indicators';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiJsonSchema } from '../../../src/lib/api/schemas';
import { BUILD_HINT, DIST, distBuilt } from '../../lib/dist';
import {
  PUBLISHED_PACKAGES,
  DATASETS,
  INDICATORS,
  packageDir,
  SITE_ORIGIN,
} from '../../lib/expected';
import {
  apiFiles,
  apiUrl,
  canonicalJson,
  readApi,
  readApiText,
  strings,
  unresolved,
} from '../../lib/api-files';

const SCHEMA_NAMES = ['index', 'city', 'figure', 'indicator'] as const;
let files: string[] = [];
const validators = new Map<string, ValidateFunction>();

beforeAll(() => {
  if (!distBuilt()) throw new Error(BUILD_HINT);
  files = apiFiles();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  for (const name of SCHEMA_NAMES) {
    const rel = `schema/${name}.json`;
    if (files.includes(rel)) validators.set(apiUrl(rel), ajv.compile(readApi(rel)));
  }
});

const dataFiles = () => files.filter((f) => !f.startsWith('schema/'));

describe('static API files', () => {
  it('has an index, every city, every figure, every indicator and every schema, and nothing else', () => {
    const expected = [
      'index.json',
      ...DATASETS.map((d) => `cities/${d.city.slug}.json`),
      ...DATASETS.flatMap((d) => d.figures.map((f) => `figures/${d.city.slug}/${f.id}.json`)),
      ...INDICATORS.map((i) => `indicators/${i.id}.json`),
      ...SCHEMA_NAMES.map((n) => `schema/${n}.json`),
    ].sort();
    expect(files).toEqual(expected);
  });

  it('publishes each JSON Schema as generated from its zod schema, with its URL as $id', () => {
    for (const name of SCHEMA_NAMES) {
      const rel = `schema/${name}.json`;
      expect(readApi(rel).$id, rel).toBe(apiUrl(rel));
      expect(readApiText(rel), rel).toBe(canonicalJson(apiJsonSchema(name, apiUrl(rel))));
    }
  });

  it('validates every file against the JSON Schema its "$schema" names', () => {
    const problems: string[] = [];
    for (const rel of dataFiles()) {
      const schemaUrl = readApi(rel).$schema as string;
      const validate = validators.get(schemaUrl);
      if (!validate) problems.push(`${rel}: unknown $schema ${schemaUrl}`);
      else if (!validate(readApi(rel)))
        problems.push(`${rel}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    }
    expect(dataFiles().length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('writes deterministic JSON: sorted keys, two-space indent, a final newline', () => {
    const unsorted = files.filter((rel) => readApiText(rel) !== canonicalJson(readApi(rel)));
    expect(unsorted).toEqual([]);
  });

  it('uses absolute URLs only, and every URL under the site address resolves to a file in dist', () => {
    const problems: string[] = [];
    for (const rel of files) {
      for (const s of strings(readApi(rel))) {
        if (/^\.{0,2}\/(?!\/)/.test(s.value))
          problems.push(`${rel} ${s.path}: relative "${s.value}"`);
        if (!s.value.startsWith(SITE_ORIGIN + '/')) continue;
        const why = unresolved(s.value);
        if (why) problems.push(`${rel} ${s.path}: ${s.value}: ${why}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('API values equal the package values', () => {
  it('index: every city with its package and version, every package version, every indicator', () => {
    const index = readApi('index.json') as {
      cities: { slug: string; package: string; version: string; figure_count: number }[];
      indicators: { id: string }[];
      packages: { name: string; version: string }[];
      feed: string;
    };
    expect(index.cities.map((c) => [c.slug, c.package, c.version, c.figure_count]).sort()).toEqual(
      DATASETS.map((d) => [d.city.slug, d.name, d.version, d.figures.length]).sort(),
    );
    expect(index.indicators.map((i) => i.id)).toEqual(INDICATORS.map((i) => i.id));
    const names = [...PUBLISHED_PACKAGES];
    const version = (n: string) =>
      (JSON.parse(readFileSync(join(packageDir(n), 'package.json'), 'utf8')) as { version: string })
        .version;
    expect([...index.packages].sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      names.sort().map((name) => ({ name, version: version(name) })),
    );
    expect(index.feed).toBe(`${SITE_ORIGIN}/feed.xml`);
  });

  it('cities: city, version, figures and exclusions; sources without text, which is at text_url', () => {
    for (const d of DATASETS) {
      const api = readApi(`cities/${d.city.slug}.json`);
      expect(api.package).toBe(d.name);
      expect(api.version).toBe(d.version);
      expect(api.city).toEqual(d.city);
      expect(api.figures).toEqual(d.figures);
      expect(api.exclusions).toEqual(d.exclusions);
      const sources = api.sources as Record<string, unknown>[];
      const omit = (o: object, key: string) =>
        Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
      expect(sources.map((s) => omit(s, 'text_url'))).toEqual(
        d.sources.map((s) => omit(s, 'text')),
      );
      sources.forEach((s, k) => {
        const path = new URL(s.text_url as string).pathname;
        expect(readFileSync(join(DIST, path), 'utf8'), path).toBe(d.sources[k]!.text);
      });
    }
  });

  it('figures: the figure, its city and the dataset version, cited publisher first', () => {
    for (const d of DATASETS) {
      for (const f of d.figures) {
        const api = readApi(`figures/${f.city}/${f.id}.json`) as {
          figure: unknown;
          city: unknown;
          version: string;
          package: string;
          citation: { text: { zh: string; en: string } };
        };
        expect(api.figure).toEqual(f);
        expect(api.city).toEqual(d.city);
        expect([api.package, api.version]).toEqual([d.name, d.version]);
        expect(api.citation.text.zh.startsWith(d.city.name.zh), f.global_id).toBe(true);
        expect(api.citation.text.en.startsWith(d.city.name.en), f.global_id).toBe(true);
        expect(api.citation.text.en).toContain(`${d.name} ${d.version}`);
      }
    }
  });

  it('indicators: the catalogue entry and compare() for every city; not reported is null, never 0', () => {
    for (const indicator of INDICATORS) {
      const api = readApi(`indicators/${indicator.id}.json`) as {
        indicator: unknown;
        comparison: Record<string, unknown>[];
      };
      expect(api.indicator).toEqual(indicator);
      const bySlug = new Map(api.comparison.map((r) => [(r.city as { slug: string }).slug, r]));
      expect([...bySlug.keys()].sort()).toEqual(DATASETS.map((d) => d.city.slug).sort());
      for (const want of compare(indicator.id as IndicatorId, DATASETS)) {
        const got = bySlug.get(want.city.slug)!;
        const { figure, series, ...rest } = want;
        expect({ ...got, links: undefined }).toEqual({
          ...rest,
          figure: figure?.global_id ?? null,
          series: series.map((p) => ({
            figure: p.figure.global_id,
            value: p.figure.value,
            qualifier: p.figure.qualifier,
            unit: p.figure.unit,
            period: p.figure.period,
            source: p.source,
          })),
          links: undefined,
        });
        if (!want.reported) {
          expect(got.value).toBeNull();
          expect((got.caveats as { code: string }[]).map((c) => c.code)).toContain('not_reported');
        }
      }
    }
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, Source } from '@shuangjian/schema';
import { REPO_ROOT } from '../paths.ts';
import { sha256 } from '../validate/check-sources.ts';
import type { ValidationIssue } from '../validate/issues.ts';
import type { ValidationResult } from '../validate/validate.ts';
import { figuresCsv, figuresExcelCsv } from './csv.ts';
import { dataPackage, type ResourceFile } from './datapackage.ts';
import { cityEntry, indicatorIdsModule, jsonDeclarations } from './city-entry.ts';
import { MANIFEST_PATH, sha256Manifest } from './manifest.ts';
import { cityReadme } from './readme.ts';

/** Every generated file: repository-relative path -> exact bytes. */
export type Outputs = Map<string, Uint8Array>;

const encoder = new TextEncoder();
const json = (value: unknown) => encoder.encode(`${JSON.stringify(value, null, 2)}\n`);

function packageVersion(
  repoRoot: string,
  dir: string,
): { name: string; version: string } | undefined {
  try {
    const pkg = JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
    };
    return { name: pkg.name, version: pkg.version };
  } catch {
    return undefined;
  }
}

/** Build every output in memory from a clean validation; issues when a package is missing. */
export function buildOutputs(
  result: ValidationResult,
  repoRoot: string,
): { outputs: Outputs; issues: ValidationIssue[] } {
  const outputs: Outputs = new Map();
  const issues: ValidationIssue[] = [];
  for (const city of result.cities) {
    const dir = `packages/${city.city.slug}`;
    const pkg = packageVersion(repoRoot, dir);
    if (!pkg || pkg.name !== `@shuangjian/${city.city.slug}`) {
      issues.push({
        file: `${dir}/package.json`,
        rule: 'package-missing',
        message: `no package @shuangjian/${city.city.slug}; create it first (CONTRIBUTING.md, "Add a city")`,
      });
      continue;
    }
    const sources = new Map<string, Source>(city.sources.map((s) => [s.meta.id, s.meta]));
    const csv = figuresCsv(city.figures, sources, city.city);
    const dataset: Dataset = {
      name: pkg.name,
      version: pkg.version,
      city: city.city,
      sources: city.sources.map((s) => ({ ...s.meta, text: s.text })),
      figures: city.figures,
      exclusions: city.exclusions,
    };
    const file = (
      name: string,
      path: string,
      title: string,
      description: string,
      format: string,
      mediatype: string,
      bytes: Uint8Array,
      tabular = false,
    ): ResourceFile => ({
      name,
      path,
      title,
      description,
      format,
      mediatype,
      bytes,
      sha256: sha256(bytes),
      tabular,
    });
    const files: ResourceFile[] = [
      file(
        'figures',
        'data/figures.csv',
        'Figures (CSV)',
        'Every figure, one row each: RFC 4180 CSV, UTF-8, CRLF line ends',
        'csv',
        'text/csv',
        encoder.encode(csv),
        true,
      ),
      file(
        'figures-excel',
        'data/figures.excel.csv',
        'Figures (CSV for Excel)',
        'The same table with a UTF-8 byte-order mark so that Excel shows the Chinese text; its encoding, utf-8-sig, tells Frictionless readers and pandas to strip the mark',
        'csv',
        'text/csv',
        encoder.encode(figuresExcelCsv(csv)),
        true,
      ),
      file(
        'figures-json',
        'data/figures.json',
        'Figures (JSON)',
        'Every figure as a JSON array of objects (schema: @shuangjian/schema/schema/figures.schema.json)',
        'json',
        'application/json',
        json(city.figures),
      ),
      ...city.sources.map((s) =>
        file(
          `source-${s.meta.id}`,
          `data/sources/${s.meta.id}.zh.txt`,
          `Source text: ${s.meta.title.zh}`,
          `The verbatim source text of ${s.meta.id}, byte for byte as published (UTF-8)`,
          'txt',
          'text/plain',
          encoder.encode(s.text),
        ),
      ),
    ];
    files.push(
      file(
        'dataset',
        'data/dataset.json',
        'Dataset (JSON)',
        'The city, its sources with their verbatim text, figures and exclusions (schema: @shuangjian/schema/schema/dataset.schema.json)',
        'json',
        'application/json',
        json(dataset),
      ),
    );
    for (const f of files) outputs.set(`${dir}/${f.path}`, f.bytes);
    // Types for the JSON files, which package.json's exports name under the "types" condition.
    for (const [path, text] of Object.entries(jsonDeclarations(pkg.name)))
      outputs.set(`${dir}/${path}`, encoder.encode(text));
    // Both licences of this repository go in each package (MIT for the code, CC BY 4.0 for the
    // compilation), and its CITATION.cff, so that a package or its zip says how to cite it.
    for (const name of ['LICENSE', 'LICENSE-DATA', 'CITATION.cff'])
      outputs.set(`${dir}/${name}`, readFileSync(join(REPO_ROOT, name)));
    outputs.set(
      `${dir}/datapackage.json`,
      json(
        dataPackage({
          packageName: pkg.name,
          version: pkg.version,
          city: city.city,
          sources: [...sources.values()],
          files,
        }),
      ),
    );
    outputs.set(
      `${dir}/src/index.ts`,
      encoder.encode(
        cityEntry(
          pkg.name,
          city.figures.map((f) => f.id),
        ),
      ),
    );
    outputs.set(
      `${dir}/README.md`,
      encoder.encode(
        cityReadme({
          packageName: pkg.name,
          version: pkg.version,
          city,
          files,
          example: city.figures[0]!,
        }),
      ),
    );
    const ownFiles = [...outputs]
      .filter(([path]) => path.startsWith(`${dir}/`))
      .map(([path, bytes]) => [path.slice(dir.length + 1), bytes] as const);
    outputs.set(`${dir}/${MANIFEST_PATH}`, encoder.encode(sha256Manifest(new Map(ownFiles))));
  }
  outputs.set('packages/indicators/data/indicators.json', json(result.indicators));
  // The catalogue text is CC BY 4.0 and the code MIT: the indicators package ships both licences too.
  for (const name of ['LICENSE', 'LICENSE-DATA'])
    outputs.set(`packages/indicators/${name}`, readFileSync(join(REPO_ROOT, name)));
  outputs.set(
    'packages/indicators/src/indicator-ids.ts',
    encoder.encode(indicatorIdsModule(result.indicators.map((i) => i.id))),
  );
  return { outputs, issues };
}

/** Folders whose files are all generated: anything else in them is stale. */
export function generatedDirs(result: ValidationResult): string[] {
  return [
    ...result.cities.flatMap((c) => [
      `packages/${c.city.slug}/data`,
      `packages/${c.city.slug}/types`,
    ]),
    'packages/indicators/data',
  ];
}

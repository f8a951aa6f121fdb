// The generated files of one city package: data files, descriptor, typed entry, README, manifest.
import type { Dataset, Source } from '@shuangjian/schema';
import type { ValidCity } from '../validate/validate.ts';
import { cityEntry, jsonDeclarations } from './city-entry.ts';
import { figuresCsv, figuresExcelCsv } from './csv.ts';
import { dataPackage, resourceFile, type ResourceFile } from './datapackage.ts';
import { COLUMNS } from './figure-table.ts';
import { MANIFEST_PATH, sha256Manifest } from './manifest.ts';
import { cityReadme } from './readme.ts';

const encoder = new TextEncoder();
/** JSON as every package writes it: two-space indent, final newline. */
export const jsonBytes = (value: unknown) => encoder.encode(`${JSON.stringify(value, null, 2)}\n`);

/** The figures table of a package: CSV, CSV for Excel and JSON, at data/figures.*. */
export function figureFiles(csv: string, figuresJson: unknown, scope: string): ResourceFile[] {
  const table = { fields: COLUMNS, primaryKey: 'global_id' };
  return [
    resourceFile({
      name: 'figures',
      path: 'data/figures.csv',
      title: 'Figures (CSV)',
      description: `${scope}, one row each: RFC 4180 CSV, UTF-8, CRLF line ends`,
      format: 'csv',
      mediatype: 'text/csv',
      bytes: csv,
      table,
    }),
    resourceFile({
      name: 'figures-excel',
      path: 'data/figures.excel.csv',
      title: 'Figures (CSV for Excel)',
      description:
        'The same table with a UTF-8 byte-order mark so that Excel shows the Chinese text; its encoding, utf-8-sig, tells Frictionless readers and pandas to strip the mark',
      format: 'csv',
      mediatype: 'text/csv',
      bytes: figuresExcelCsv(csv),
      table,
    }),
    resourceFile({
      name: 'figures-json',
      path: 'data/figures.json',
      title: 'Figures (JSON)',
      description: `${scope} as a JSON array of objects (schema: @shuangjian/schema/schema/figures.schema.json)`,
      format: 'json',
      mediatype: 'application/json',
      bytes: jsonBytes(figuresJson),
    }),
  ];
}

/** A source text, byte for byte, at data/sources/<id>.zh.txt. */
export function sourceFile(meta: Source, text: string): ResourceFile {
  return resourceFile({
    name: `source-${meta.id}`,
    path: `data/sources/${meta.id}.zh.txt`,
    title: `Source text: ${meta.title.zh}`,
    description: `The verbatim source text of ${meta.id}, byte for byte as published (UTF-8)`,
    format: 'txt',
    mediatype: 'text/plain',
    bytes: text,
  });
}

/** The sources field of a descriptor. */
export const descriptorSources = (sources: readonly Source[]) =>
  sources.map((s) => ({
    title: `${s.title.zh} (${s.republication.publisher}, ${s.republication.date})`,
    path: s.republication.url,
  }));

/** Package-relative path -> bytes of one package's generated files, with its manifest last. */
export function withManifest(files: Map<string, Uint8Array>): Map<string, Uint8Array> {
  files.set(MANIFEST_PATH, encoder.encode(sha256Manifest(files)));
  return files;
}

/** Every generated file of a city package, package-relative, besides the licences. */
export function cityOutputs(
  city: ValidCity,
  pkg: { name: string; version: string },
): Map<string, Uint8Array> {
  const c = city.city;
  const metas = city.sources.map((s) => s.meta);
  const sources = new Map<string, Source>(metas.map((s) => [s.id, s]));
  const dataset: Dataset = {
    name: pkg.name,
    version: pkg.version,
    city: c,
    sources: city.sources.map((s) => ({ ...s.meta, text: s.text })),
    figures: city.figures,
    exclusions: city.exclusions,
  };
  const files: ResourceFile[] = [
    ...figureFiles(figuresCsv(city.figures, sources, c), city.figures, 'Every figure'),
    ...city.sources.map((s) => sourceFile(s.meta, s.text)),
    resourceFile({
      name: 'dataset',
      path: 'data/dataset.json',
      title: 'Dataset (JSON)',
      description:
        'The city, its sources with their verbatim text, figures and exclusions (schema: @shuangjian/schema/schema/dataset.schema.json)',
      format: 'json',
      mediatype: 'application/json',
      bytes: jsonBytes(dataset),
    }),
  ];
  const out = new Map<string, Uint8Array>(files.map((f) => [f.path, f.bytes]));
  // Types for the JSON files, which package.json's exports name under the "types" condition.
  for (const [path, text] of Object.entries(jsonDeclarations(pkg.name)))
    out.set(path, encoder.encode(text));
  const descriptor = dataPackage(
    {
      name: `shuangjian-${c.slug}`,
      title: `${c.name.zh}双减校外培训治理数据 / ${c.name.en}: Double Reduction tutoring-governance figures`,
      description:
        `Every statistic in the ${c.name.en} (${c.name.zh}, ${c.province.en}) report(s) on governing off-campus tutoring under the 2021 Double Reduction (双减) policy, ` +
        'each with its verbatim quote and character offsets in the source, value in base units, raw text, unit, qualifier, period and notes. ' +
        'The figures are facts from government documents; credit the original publisher first.',
      version: pkg.version,
      keywords: [
        'double-reduction',
        '双减',
        'off-campus tutoring',
        'education governance',
        c.slug,
        c.name.zh,
      ],
      creators: metas.map((s) => `${s.author.zh} / ${s.author.en}`),
      sources: descriptorSources(metas),
    },
    files,
  );
  out.set('datapackage.json', jsonBytes(descriptor));
  out.set(
    'src/index.ts',
    encoder.encode(
      cityEntry(
        pkg.name,
        city.figures.map((f) => f.id),
      ),
    ),
  );
  out.set(
    'README.md',
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
  return withManifest(out);
}

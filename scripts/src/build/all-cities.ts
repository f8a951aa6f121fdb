// The all-cities package: every city's figures in one long table, the indicator catalogue as a
// table, the cities, the source texts, and a README codebook; built from the same validated data and
// by the same builders as the city packages. The site's all-cities downloads are these files.
import type { Indicator, Source } from '@shuangjian/schema';
import type { ValidationIssue } from '../validate/issues.ts';
import type { ValidCity } from '../validate/validate.ts';
import { allCitiesEntry, allCitiesJsonDeclarations } from './all-entry.ts';
import { allCitiesReadme } from './all-readme.ts';
import {
  descriptorSources,
  figureFiles,
  jsonBytes,
  sourceFile,
  withManifest,
} from './city-outputs.ts';
import { figureRowsCsv, type FigureRow } from './csv.ts';
import { dataPackage, resourceFile, type ResourceFile } from './datapackage.ts';
import { INDICATOR_COLUMNS, indicatorsCsv } from './indicator-table.ts';

/** The all-cities package's folder under packages/, and its npm name. */
export const ALL_CITIES_DIR = 'all-cities';
export const ALL_CITIES_PACKAGE = '@shuangjian/all-cities';

const encoder = new TextEncoder();

/**
 * Every generated file of the all-cities package, package-relative, besides the licences; or the
 * problems (source ids that two cities share) when they cannot be joined.
 */
export function allCitiesOutputs(
  cities: readonly ValidCity[],
  indicators: readonly Indicator[],
  pkg: { name: string; version: string },
  packageOf: (slug: string) => string,
): { files: Map<string, Uint8Array>; issues: ValidationIssue[] } {
  const seen = new Map<string, string>();
  const issues: ValidationIssue[] = [];
  for (const c of cities)
    for (const s of c.sources) {
      const other = seen.get(s.meta.id);
      if (other)
        issues.push({
          file: `data/sources/${c.city.slug}/${s.meta.id}.yaml`,
          rule: 'source-id-clash',
          message: `source id "${s.meta.id}" is used by ${other} too; the all-cities package needs ids unique across cities`,
        });
      else seen.set(s.meta.id, c.city.slug);
    }
  if (issues.length > 0) return { files: new Map(), issues };

  const rows: FigureRow[] = cities.flatMap((c) => {
    const sources = new Map<string, Source>(c.sources.map((s) => [s.meta.id, s.meta]));
    return c.figures.map((figure) => ({
      figure,
      source: sources.get(figure.source)!,
      city: c.city,
    }));
  });
  const figures = rows.map((r) => r.figure);
  const metas = cities.flatMap((c) => c.sources.map((s) => s.meta));
  const files: ResourceFile[] = [
    ...figureFiles(
      figureRowsCsv(rows),
      figures,
      'Every figure of every city, cities by slug, with the city and source columns',
    ),
    resourceFile({
      name: 'indicators',
      path: 'data/indicators.csv',
      title: 'Indicators (CSV)',
      description:
        'The indicator catalogue, one row per indicator: names, unit, definition and comparability: RFC 4180 CSV, UTF-8, CRLF line ends',
      format: 'csv',
      mediatype: 'text/csv',
      bytes: indicatorsCsv(indicators),
      table: { fields: INDICATOR_COLUMNS, primaryKey: 'id' },
    }),
    resourceFile({
      name: 'indicators-json',
      path: 'data/indicators.json',
      title: 'Indicators (JSON)',
      description:
        'The indicator catalogue as a JSON array of objects (each an Indicator of @shuangjian/schema/schema/indicators.schema.json)',
      format: 'json',
      mediatype: 'application/json',
      bytes: jsonBytes(indicators),
    }),
    resourceFile({
      name: 'cities',
      path: 'data/cities.json',
      title: 'Cities (JSON)',
      description:
        'Every city, by slug: slug, name and province in Chinese and English, GB/T 2260 code',
      format: 'json',
      mediatype: 'application/json',
      bytes: jsonBytes(cities.map((c) => c.city)),
    }),
    ...cities.flatMap((c) => c.sources.map((s) => sourceFile(s.meta, s.text))),
  ];
  const out = new Map<string, Uint8Array>(files.map((f) => [f.path, f.bytes]));
  for (const [path, text] of Object.entries(allCitiesJsonDeclarations(pkg.name)))
    out.set(path, encoder.encode(text));
  const names = cities.map((c) => `${c.city.name.en} (${c.city.name.zh})`).join(', ');
  const descriptor = dataPackage(
    {
      name: 'shuangjian-all-cities',
      title:
        '双减校外培训治理数据(全部城市) / Double Reduction tutoring-governance figures: all cities',
      description:
        `Every figure of every city in one long table: ${names}. ` +
        'Each row carries the city, its source, the verbatim quote and character offsets in the source, value in base units, raw text, unit, qualifier, period and notes; the indicator catalogue is a second table. ' +
        'The figures are facts from government documents; credit the original publisher first.',
      version: pkg.version,
      keywords: [
        'double-reduction',
        '双减',
        'off-campus tutoring',
        'education governance',
        ...cities.flatMap((c) => [c.city.slug, c.city.name.zh]),
      ],
      creators: [...new Set(metas.map((s) => `${s.author.zh} / ${s.author.en}`))],
      sources: descriptorSources(metas),
    },
    files,
  );
  out.set('datapackage.json', jsonBytes(descriptor));
  out.set(
    'src/index.ts',
    encoder.encode(
      allCitiesEntry(
        pkg.name,
        pkg.version,
        figures.map((f) => f.global_id),
      ),
    ),
  );
  out.set(
    'README.md',
    encoder.encode(
      allCitiesReadme({
        packageName: pkg.name,
        version: pkg.version,
        cities: cities.map((c) => ({
          city: c.city,
          figures: c.figures.length,
          packageName: packageOf(c.city.slug),
        })),
        files,
        example: figures[0]!,
      }),
    ),
  );
  return { files: withManifest(out), issues };
}

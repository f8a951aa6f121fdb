// The Frictionless Data Package v2 descriptor of the all-cities download, built from the cities'.
import { createHash } from 'node:crypto';

/** A resource of a city descriptor, as read from its datapackage.json. */
export interface Resource {
  name: string;
  path: string;
  schema?: { fields: { name: string }[] };
  dialect?: unknown;
  [key: string]: unknown;
}

/** The parts of a city's datapackage.json this module reads. */
export interface CityDescriptor {
  $schema: string;
  keywords: string[];
  licenses: unknown[];
  contributors: { title: string; roles: string[] }[];
  sources: unknown[];
  resources: Resource[];
}

/** One city package as read from its files. */
export interface CityPackage {
  /** npm name, e.g. "@shuangjian/hefei". */
  packageName: string;
  version: string;
  cityName: { zh: string; en: string };
  descriptor: CityDescriptor;
}

/** A source text in the all-cities download, and where it was in its city package. */
export interface SourceFile {
  /** Index of the city in the list of packages. */
  city: number;
  /** Path in the city package, e.g. "data/sources/hefei-2023-09-27.zh.txt". */
  packagePath: string;
  /** Path in the all-cities download, e.g. "sources/hefei-2023-09-27.zh.txt". */
  path: string;
  bytes: Uint8Array;
}

export interface AllCitiesContent {
  csv: { path: string; bytes: Uint8Array; header: string[] };
  excel: { path: string; bytes: Uint8Array };
  json: { path: string; bytes: Uint8Array };
  sources: SourceFile[];
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Distinct values, first occurrence first (compared as JSON). */
function distinct<T>(values: readonly T[]): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = JSON.stringify(v);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** A copy of a city resource for a file of the all-cities download, with its true size and hash. */
function resource(template: Resource, path: string, bytes: Uint8Array, description?: string) {
  return {
    ...template,
    path,
    ...(description === undefined ? {} : { description }),
    bytes: bytes.length,
    hash: `sha256:${sha256(bytes)}`,
  };
}

/**
 * The all-cities descriptor: the cities' table schema, dialect and licences (which must agree),
 * every city's contributors and sources, and one resource per all-cities file with its true bytes
 * and sha256. Throws, listing every problem at once, when the cities' descriptors disagree or lack
 * a resource, or when the CSV header is not the table schema's field list.
 */
export function allCitiesDescriptor(cities: readonly CityPackage[], content: AllCitiesContent) {
  if (cities.length === 0) throw new Error('allCitiesDescriptor: no city packages');
  const errors: string[] = [];
  const first = cities[0]!;
  const find = (c: CityPackage, name: string, by: 'name' | 'path' = 'name') => {
    const r = c.descriptor.resources.find((x) => x[by] === name);
    if (!r) errors.push(`${c.packageName} datapackage.json: no resource with ${by} "${name}"`);
    return r;
  };
  const templates = {
    csv: find(first, 'figures'),
    excel: find(first, 'figures-excel'),
    json: find(first, 'figures-json'),
  };
  for (const c of cities.slice(1)) {
    const at = `${c.packageName} datapackage.json`;
    for (const name of ['figures', 'figures-excel'] as const) {
      const r = find(c, name);
      const t = name === 'figures' ? templates.csv : templates.excel;
      if (r && t && !same(r.schema, t.schema))
        errors.push(`${at}: table schema of "${name}" differs from ${first.packageName}'s`);
      if (r && t && !same(r.dialect, t.dialect))
        errors.push(`${at}: dialect of "${name}" differs from ${first.packageName}'s`);
    }
    if (!same(c.descriptor.licenses, first.descriptor.licenses))
      errors.push(`${at}: licenses differ from ${first.packageName}'s`);
  }
  const fields = templates.csv?.schema?.fields.map((f) => f.name) ?? [];
  if (templates.csv && !same(fields, content.csv.header))
    errors.push(
      `${content.csv.path}: header [${content.csv.header.join(', ')}] is not the table schema's fields [${fields.join(', ')}]`,
    );
  const sources = content.sources.map((s) => {
    const template = find(cities[s.city]!, s.packagePath, 'path');
    return template && resource(template, s.path, s.bytes);
  });
  if (errors.length > 0 || !templates.csv || !templates.excel || !templates.json)
    throw new Error(
      `Cannot describe the all-cities download (${errors.length}):\n  ${errors.join('\n  ')}`,
    );

  const names = cities.map((c) => `${c.cityName.en} (${c.cityName.zh})`).join(', ');
  const packages = cities.map((c) => `${c.packageName}@${c.version}`).join(', ');
  const contributors = distinct(cities.flatMap((c) => c.descriptor.contributors));
  const isPublisher = (c: { roles: string[] }) => c.roles.includes('publisher');
  return {
    $schema: first.descriptor.$schema,
    name: 'shuangjian-all',
    title:
      '双减校外培训治理数据(全部城市) / Double Reduction tutoring-governance figures: all cities',
    description:
      `Every figure of every city in one table: ${names}. ` +
      `The rows of the city packages ${packages}, in that order, each with its verbatim quote and character offsets in the source, value in base units, raw text, unit, qualifier, period and notes. ` +
      'The figures are facts from government documents; credit the original publisher first.',
    keywords: distinct(cities.flatMap((c) => c.descriptor.keywords)),
    licenses: first.descriptor.licenses,
    contributors: [
      ...contributors.filter((c) => !isPublisher(c)),
      ...contributors.filter(isPublisher),
    ],
    sources: distinct(cities.flatMap((c) => c.descriptor.sources)),
    resources: [
      resource(
        templates.csv,
        content.csv.path,
        content.csv.bytes,
        'Every figure of every city, one row each, cities in package order: RFC 4180 CSV, UTF-8, CRLF line ends',
      ),
      resource(templates.excel, content.excel.path, content.excel.bytes),
      resource(
        templates.json,
        content.json.path,
        content.json.bytes,
        'Every figure of every city as one JSON array of objects, cities in package order (schema: @shuangjian/schema/schema/figures.schema.json)',
      ),
      ...sources.map((s) => s!),
    ],
  };
}

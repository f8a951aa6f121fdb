import type { City, Source } from '@shuangjian/schema';
import { COLUMNS } from './figure-table.ts';

/** A file the descriptor lists, with its bytes for size and hash. */
export interface ResourceFile {
  name: string;
  path: string;
  title: string;
  description: string;
  format: string;
  mediatype: string;
  bytes: Uint8Array;
  sha256: string;
  tabular?: boolean;
}

const LICENCES = [
  {
    name: 'CC-BY-4.0',
    path: 'https://creativecommons.org/licenses/by/4.0/',
    title:
      'Creative Commons Attribution 4.0 (the compilation: selection, normalisation, translations, metadata)',
  },
];

/** Whether bytes start with the UTF-8 byte-order mark. */
const hasBom = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/** Frictionless Data Package v2 descriptor of one city package. */
export function dataPackage(opts: {
  packageName: string;
  version: string;
  city: City;
  sources: Source[];
  files: ResourceFile[];
}) {
  const { city, sources, files } = opts;
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: `shuangjian-${city.slug}`,
    title: `${city.name.zh}双减校外培训治理数据 / ${city.name.en}: Double Reduction tutoring-governance figures`,
    description:
      `Every statistic in the ${city.name.en} (${city.name.zh}, ${city.province.en}) report(s) on governing off-campus tutoring under the 2021 Double Reduction (双减) policy, ` +
      'each with its verbatim quote and character offsets in the source, value in base units, raw text, unit, qualifier, period and notes. ' +
      'The figures are facts from government documents; credit the original publisher first.',
    version: opts.version,
    keywords: [
      'double-reduction',
      '双减',
      'off-campus tutoring',
      'education governance',
      city.slug,
      city.name.zh,
    ],
    licenses: LICENCES,
    contributors: [
      ...sources.map((s) => ({ title: `${s.author.zh} / ${s.author.en}`, roles: ['creator'] })),
      { title: 'Shuangjian Data (双减治理数据)', roles: ['publisher'] },
    ],
    sources: sources.map((s) => ({
      title: `${s.title.zh} (${s.republication.publisher}, ${s.republication.date})`,
      path: s.republication.url,
    })),
    resources: files.map((f) => ({
      name: f.name,
      type: f.tabular ? 'table' : undefined,
      path: f.path,
      title: f.title,
      description: f.description,
      format: f.format,
      mediatype: f.mediatype,
      // utf-8-sig (Python's name, which frictionless-py and pandas read) strips the Excel copy's BOM.
      encoding: hasBom(f.bytes) ? 'utf-8-sig' : 'utf-8',
      bytes: f.bytes.length,
      hash: `sha256:${f.sha256}`,
      ...(f.tabular
        ? {
            dialect: {
              $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json',
              header: true,
              delimiter: ',',
              lineTerminator: '\r\n',
              quoteChar: '"',
              doubleQuote: true,
            },
            schema: {
              $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
              fields: COLUMNS.map((c) => ({
                name: c.name,
                type: c.type,
                description: c.description,
                ...(c.enum ? { constraints: { enum: c.enum } } : {}),
                ...(c.name === 'global_id'
                  ? { constraints: { required: true, unique: true } }
                  : {}),
              })),
              primaryKey: ['global_id'],
              missingValues: [''],
            },
          }
        : {}),
    })),
  };
}

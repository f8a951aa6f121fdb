// The one Frictionless Data Package v2 builder: every city package and the all-cities package.
import { createHash } from 'node:crypto';

/** A column of a published table, as its Table Schema field. */
export interface TableField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'date';
  description: string;
  enum?: readonly string[];
}

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
  /** For a CSV table: its columns and primary key. */
  table?: { fields: readonly TableField[]; primaryKey: string };
}

/** The descriptor's own metadata. */
export interface PackageMeta {
  name: string;
  title: string;
  description: string;
  version: string;
  keywords: readonly string[];
  /** Creators of the sources; the project is added as publisher. */
  creators: readonly string[];
  sources: readonly { title: string; path: string }[];
}

const encoder = new TextEncoder();

/** A resource file from its bytes (text is encoded as UTF-8). */
export function resourceFile(
  f: Omit<ResourceFile, 'bytes' | 'sha256'> & { bytes: Uint8Array | string },
): ResourceFile {
  const bytes = typeof f.bytes === 'string' ? encoder.encode(f.bytes) : f.bytes;
  return { ...f, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
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

const DIALECT = {
  $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json',
  header: true,
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
};

/** The Table Schema of a CSV table. */
function tableSchema(table: NonNullable<ResourceFile['table']>) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields: table.fields.map((c) => ({
      name: c.name,
      type: c.type,
      description: c.description,
      ...(c.enum ? { constraints: { enum: c.enum } } : {}),
      ...(c.name === table.primaryKey ? { constraints: { required: true, unique: true } } : {}),
    })),
    primaryKey: [table.primaryKey],
    missingValues: [''],
  };
}

/** A Frictionless Data Package v2 descriptor: metadata, licence, and one resource per file. */
export function dataPackage(meta: PackageMeta, files: readonly ResourceFile[]) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: meta.name,
    title: meta.title,
    description: meta.description,
    version: meta.version,
    keywords: meta.keywords,
    licenses: LICENCES,
    contributors: [
      ...meta.creators.map((title) => ({ title, roles: ['creator'] })),
      { title: 'Shuangjian Data (双减治理数据)', roles: ['publisher'] },
    ],
    sources: meta.sources,
    resources: files.map((f) => ({
      name: f.name,
      type: f.table ? 'table' : undefined,
      path: f.path,
      title: f.title,
      description: f.description,
      format: f.format,
      mediatype: f.mediatype,
      // utf-8-sig (Python's name, which frictionless-py and pandas read) strips the Excel copy's BOM.
      encoding: hasBom(f.bytes) ? 'utf-8-sig' : 'utf-8',
      bytes: f.bytes.length,
      hash: `sha256:${f.sha256}`,
      ...(f.table ? { dialect: DIALECT, schema: tableSchema(f.table) } : {}),
    })),
  };
}

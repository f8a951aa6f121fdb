// The real inputs under data/, read once, that every hostile mutation starts from.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Exclusion, FigureAnnotation, Indicator, Source } from '@shuangjian/schema';
import { isScalar, parse, parseDocument, type Document } from 'yaml';
import { REPO_ROOT } from '../../../src/paths.ts';

export interface RealCity {
  slug: string;
  /** Repository-relative path, e.g. "data/cities/hefei.yaml". */
  file: string;
  text: string;
  figures: FigureAnnotation[];
  exclusions: Exclusion[];
}

export interface RealSource {
  meta: Source;
  metaFile: string;
  metaText: string;
  textFile: string;
  bytes: Uint8Array;
  text: string;
}

export interface RealFigure {
  city: RealCity;
  /** Index in the city's figures list. */
  index: number;
  figure: FigureAnnotation;
  source: RealSource;
  /** "hefei/enforcement-personnel-dispatched", for mutation names. */
  gid: string;
}

const read = (path: string) => readFileSync(join(REPO_ROOT, path));

export const CITIES: RealCity[] = readdirSync(join(REPO_ROOT, 'data/cities'))
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => {
    const file = `data/cities/${name}`;
    const text = read(file).toString('utf8');
    const value = parse(text) as { figures: FigureAnnotation[]; exclusions: Exclusion[] };
    return { slug: name.slice(0, -5), file, text, ...value };
  });

export const SOURCES: RealSource[] = CITIES.flatMap(({ slug }) =>
  readdirSync(join(REPO_ROOT, 'data/sources', slug))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const metaFile = `data/sources/${slug}/${name}`;
      const textFile = metaFile.replace(/\.yaml$/, '.zh.txt');
      const metaText = read(metaFile).toString('utf8');
      const bytes = new Uint8Array(read(textFile));
      const text = new TextDecoder().decode(bytes);
      return { meta: parse(metaText) as Source, metaFile, metaText, textFile, bytes, text };
    }),
);

export const INDICATORS_FILE = 'data/indicators.yaml';
export const INDICATORS_TEXT = read(INDICATORS_FILE).toString('utf8');
export const INDICATORS = (parse(INDICATORS_TEXT) as { indicators: Indicator[] }).indicators;

/** Every figure of every city, in file order. */
export const FIGURES: RealFigure[] = CITIES.flatMap((city) =>
  city.figures.map((figure, index) => ({
    city,
    index,
    figure,
    source: SOURCES.find((s) => s.meta.id === figure.source)!,
    gid: `${city.slug}/${figure.id}`,
  })),
);

/** Every YAML input with its text: the files a YAML-level mutation may target. */
export const YAML_FILES: { file: string; text: string }[] = [
  ...CITIES.map(({ file, text }) => ({ file, text })),
  ...SOURCES.map(({ metaFile, metaText }) => ({ file: metaFile, text: metaText })),
  { file: INDICATORS_FILE, text: INDICATORS_TEXT },
];

const parsed = new Map<string, Document>();

function parsedOnce(text: string): Document {
  let doc = parsed.get(text);
  if (!doc) parsed.set(text, (doc = parseDocument(text)));
  return doc;
}

/** A YAML text changed through its document model (comments and key order kept). */
export function edit(text: string, change: (doc: Document) => void): string {
  const doc = parsedOnce(text).clone();
  change(doc);
  return doc.toString({ lineWidth: 0 });
}

// Stands in for a value that is then replaced by YAML source text written verbatim.
const PLACEHOLDER = 'hostile-placeholder-value';

/**
 * Set `path` to `scalar`, YAML source text written as is (quoted or plain, escapes and all). Only
 * the old value's bytes change, and there is no slow re-serialization when the path exists.
 */
export function spliceScalar(text: string, path: (string | number)[], scalar: string): string {
  const node = parsedOnce(text).getIn(path, true);
  if (isScalar(node) && node.range)
    return text.slice(0, node.range[0]) + scalar + text.slice(node.range[1]);
  const placed = edit(text, (d) => d.setIn(path, PLACEHOLDER));
  if (placed.split(PLACEHOLDER).length !== 2)
    throw new Error(`placeholder not unique at ${path.join('.')}`);
  return placed.replace(PLACEHOLDER, () => scalar);
}

/** `text` with the value at `path` set to `value` (a scalar is written as JSON, which is YAML). */
export function setIn(text: string, path: (string | number)[], value: unknown): string {
  const scalar =
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value));
  return scalar
    ? spliceScalar(text, path, JSON.stringify(value))
    : edit(text, (d) => d.setIn(path, value));
}

/** A small deterministic PRNG (mulberry32) seeded by a string, so every run makes the same mutations. */
export function prng(seed: string): {
  next(): number;
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
} {
  let state = 2166136261;
  for (const ch of seed) state = Math.imul(state ^ ch.codePointAt(0)!, 16777619) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: (items) => items[int(items.length)]! };
}

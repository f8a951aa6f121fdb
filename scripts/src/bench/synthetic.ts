// A deterministic synthetic corpus for benchmarking validate + build:data at scale.
//
// Writes a complete repository root (data/ and packages/<city>/package.json) holding N cities. Each
// city has one source text shaped like the real reports (~1,300 characters: a title, a lead paragraph
// with a stated rate, and 3-4 sections opened by 一是/二是/...), ~27-30 figures with exact offsets,
// values and qualifiers, and the exclusions that make numeral coverage complete. Everything comes
// from a seeded PRNG: the same (cities, seed) always gives the same bytes, and city k is the same
// whatever N is. No Math.random, no clock. The pieces are in ./synthetic/.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { Source } from '@shuangjian/schema';
import { makeCity, type SyntheticCity } from './synthetic/city.ts';
import { cp } from './synthetic/code-points.ts';
import { INDICATORS } from './synthetic/indicator-templates.ts';

export type { SyntheticCity };

/** Repository-relative path -> exact bytes. */
export type CorpusFiles = Map<string, Uint8Array>;

export interface CorpusStats {
  cities: number;
  figures: number;
  exclusions: number;
  indicators: number;
  /** Code points of all source texts. */
  sourceChars: number;
  files: number;
  bytes: number;
}

export const DEFAULT_SEED = 20231127;
const SEED_FILE = 'data/seeds/000_synthetic.txt';

/** Key order of the source metadata files, as in the hand-edited ones. */
const SOURCE_KEYS = [
  'id',
  'city',
  'title',
  'author',
  'language',
  'republication',
  'seed',
  'sha256',
  'sections',
  'notes',
] as const satisfies readonly (keyof Source)[];

const encoder = new TextEncoder();
const yaml = (value: unknown) => encoder.encode(stringify(value, { lineWidth: 0 }));

/** Every file of a synthetic repository root with `cities` cities, in memory. */
export function syntheticCorpus(
  cities: number,
  seed = DEFAULT_SEED,
): { files: CorpusFiles; stats: CorpusStats } {
  if (!Number.isInteger(cities) || cities < 2 || cities > 9999)
    throw new Error(
      `cities must be an integer in 2..9999 (every indicator needs two cities), not ${cities}`,
    );
  const files: CorpusFiles = new Map();
  const made = Array.from({ length: cities }, (_, i) => makeCity(i, seed));
  const texts = made.map((c) => encoder.encode(c.text));
  const seedBytes = new Uint8Array(texts.reduce((n, t) => n + t.length, 0));
  let offset = 0;
  made.forEach((c, i) => {
    const bytes = texts[i]!;
    seedBytes.set(bytes, offset);
    const meta: Source = {
      ...c.sourceMeta,
      seed: { file: SEED_FILE, byte_start: offset, byte_end: offset + bytes.length },
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
    offset += bytes.length;
    files.set(`data/sources/${c.slug}/${c.sourceId}.zh.txt`, bytes);
    files.set(
      `data/sources/${c.slug}/${c.sourceId}.yaml`,
      yaml(Object.fromEntries(SOURCE_KEYS.map((key) => [key, meta[key]]))),
    );
    files.set(`data/cities/${c.slug}.yaml`, yaml(c.cityYaml));
    files.set(
      `packages/${c.slug}/package.json`,
      encoder.encode(
        `${JSON.stringify({ name: `@shuangjian/${c.slug}`, version: '0.0.0', private: true, type: 'module' }, null, 2)}\n`,
      ),
    );
  });
  // The all-cities package, which build:data fills with every synthetic city.
  files.set(
    'packages/all-cities/package.json',
    encoder.encode(
      `${JSON.stringify({ name: '@shuangjian/all-cities', version: '0.0.0', private: true, type: 'module' }, null, 2)}\n`,
    ),
  );
  files.set(SEED_FILE, seedBytes);
  files.set('data/indicators.yaml', yaml({ indicators: INDICATORS }));
  const sum = (count: (c: SyntheticCity) => number) => made.reduce((n, c) => n + count(c), 0);
  return {
    files,
    stats: {
      cities,
      figures: sum((c) => c.cityYaml.figures.length),
      exclusions: sum((c) => c.cityYaml.exclusions.length),
      indicators: INDICATORS.length,
      sourceChars: sum((c) => cp(c.text)),
      files: files.size,
      bytes: [...files.values()].reduce((n, b) => n + b.length, 0),
    },
  };
}

/** Write a synthetic corpus into repoRoot (which should be empty); returns what was written. */
export function writeSyntheticCorpus(
  repoRoot: string,
  cities: number,
  seed = DEFAULT_SEED,
): CorpusStats {
  const { files, stats } = syntheticCorpus(cities, seed);
  for (const [path, bytes] of files) {
    const abs = join(repoRoot, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, bytes);
  }
  return stats;
}

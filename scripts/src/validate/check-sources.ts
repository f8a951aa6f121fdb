import { createHash } from 'node:crypto';
import type { Source } from '@shuangjian/schema';
import type { Position } from './issues.ts';
import type { SourceInput } from '../load/inputs.ts';
import type { Located } from './check-schema.ts';
import type { ValidationIssue } from './issues.ts';
import { SourceText } from './source-text.ts';

/** A source whose file, hash and sections all check out. */
export interface ResolvedSource {
  meta: Source;
  textFile: string;
  text: SourceText;
  /**
   * Code-point offset where each section starts, indexed by section number (no entry 0 when the
   * report has no lead paragraph); sections end where the next starts.
   */
  sectionStarts: number[];
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Check a source's identity, bytes and sections; undefined when it cannot be used. */
export function checkSource(
  input: SourceInput,
  located: Located<Source>,
  seeds: Map<string, Uint8Array>,
  issues: ValidationIssue[],
): ResolvedSource | undefined {
  const meta = located.value;
  const file = input.metaFile;
  const at = (path: (string | number)[]) => located.yaml.positionOf(path);
  const before = issues.length;
  const [, city, name] = file.split('/').slice(-3);
  if (`${meta.id}.yaml` !== name)
    issues.push({
      file,
      rule: 'source-id',
      message: `id "${meta.id}" does not match the file name ${name}`,
      at: at(['id']),
    });
  if (meta.city !== city)
    issues.push({
      file,
      rule: 'source-id',
      message: `city "${meta.city}" does not match the folder sources/${city}/`,
      at: at(['city']),
    });
  if (input.bytes === undefined || input.text === undefined) return undefined;
  const digest = sha256(input.bytes);
  if (digest !== meta.sha256) {
    issues.push({
      file,
      rule: 'source-sha256',
      message: `sha256 is ${meta.sha256} but ${input.textFile} hashes to ${digest}`,
      at: at(['sha256']),
    });
  }
  if (meta.seed) checkSeed(meta.seed, input, seeds, file, at, issues);
  if (meta.original) checkOriginal(meta.original, input, file, at, issues);
  // Reported, but the text is still usable: figures are checked against it.
  const usable: ValidationIssue[] = [];
  for (const path of input.originals.keys()) {
    if (path !== meta.original?.file)
      usable.push({
        file: path,
        rule: 'file-unknown',
        message: `unexpected file; ${name} names no original file here (original.file)`,
      });
  }
  checkPlaceholders(meta, file, at, usable);
  const text = new SourceText(input.text);
  const sectionStarts: number[] = [];
  // 0 is the lead paragraph; a report that opens with its first part (一是) has none.
  const first = meta.sections[0]?.number === 1 ? 1 : 0;
  meta.sections.forEach((section, i) => {
    if (section.number !== i + first) {
      issues.push({
        file,
        rule: 'section-order',
        message: `section ${i} is numbered ${section.number}; number sections 0, 1, 2, ... in order (from 1 when there is no lead paragraph)`,
        at: at(['sections', i, 'number']),
      });
    }
    const found = text.occurrences(section.marker);
    if (found.length !== 1) {
      issues.push({
        file,
        rule: 'section-marker',
        message: `marker "${section.marker}" occurs ${found.length} times in ${input.textFile}; it must occur exactly once`,
        at: at(['sections', i, 'marker']),
      });
      return;
    }
    const start = found[0]!;
    const previous = sectionStarts[i - 1 + first];
    if (i > 0 && previous !== undefined && start <= previous) {
      issues.push({
        file,
        rule: 'section-order',
        message: `marker "${section.marker}" comes before the previous section's`,
        at: at(['sections', i, 'marker']),
      });
    }
    sectionStarts[i + first] = start;
  });
  const broken = issues.length > before;
  issues.push(...usable);
  if (broken) return undefined;
  return { meta, textFile: input.textFile, text, sectionStarts };
}

type At = (path: (string | number)[]) => Position;

/** The text must be exactly the recorded byte range of its seed file. */
function checkSeed(
  seed: NonNullable<Source['seed']>,
  input: SourceInput,
  seeds: Map<string, Uint8Array>,
  file: string,
  at: At,
  issues: ValidationIssue[],
): void {
  const bytes = seeds.get(seed.file.split('/').slice(-2).join('/'));
  if (!bytes) {
    issues.push({
      file,
      rule: 'source-seed',
      message: `seed file ${seed.file} not found`,
      at: at(['seed', 'file']),
    });
  } else if (!bytesEqual(bytes.subarray(seed.byte_start, seed.byte_end), input.bytes!)) {
    issues.push({
      file,
      rule: 'source-seed',
      message: `${input.textFile} is not bytes ${seed.byte_start}..${seed.byte_end} of ${seed.file}`,
      at: at(['seed']),
    });
  }
}

const ORIGINAL_EXTENSION = {
  'text/plain': 'txt',
  'text/html': 'html',
  'application/pdf': 'pdf',
} as const;

/** The original file lies beside the metadata as <id>.original.<ext> and hashes as recorded. */
function checkOriginal(
  original: NonNullable<Source['original']>,
  input: SourceInput,
  file: string,
  at: At,
  issues: ValidationIssue[],
): void {
  const expected = input.metaFile.replace(
    /\.yaml$/,
    `.original.${ORIGINAL_EXTENSION[original.media_type]}`,
  );
  if (original.file !== expected) {
    issues.push({
      file,
      rule: 'original-missing',
      message: `original.file is ${original.file}; the original ${original.media_type} file of this source is ${expected}`,
      at: at(['original', 'file']),
    });
    return;
  }
  const bytes = input.originals.get(expected);
  if (!bytes) {
    issues.push({
      file,
      rule: 'original-missing',
      message: `original file ${expected} not found`,
      at: at(['original', 'file']),
    });
    return;
  }
  const digest = sha256(bytes);
  if (digest !== original.sha256)
    issues.push({
      file,
      rule: 'original-sha256',
      message: `original.sha256 is ${original.sha256} but ${expected} hashes to ${digest}`,
      at: at(['original', 'sha256']),
    });
}

/** "TODO" marks what `pnpm new-city` could not know (an English title, a heading, the author). */
const PLACEHOLDER = /\bTODO\b/;

/** Every placeholder left in the metadata, so that none is published. */
function checkPlaceholders(meta: Source, file: string, at: At, issues: ValidationIssue[]): void {
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      if (PLACEHOLDER.test(value))
        issues.push({
          file,
          rule: 'source-todo',
          message: `${path.join('.')} is a placeholder ("${value}"); write it before publishing`,
          at: at(path),
        });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(meta, []);
}

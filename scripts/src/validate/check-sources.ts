import { createHash } from 'node:crypto';
import type { Source } from '@shuangjian/schema';
import type { SourceInput } from '../load/inputs.ts';
import type { Located } from './check-schema.ts';
import type { ValidationIssue } from './issues.ts';
import { SourceText } from './source-text.ts';

/** A source whose file, hash and sections all check out. */
export interface ResolvedSource {
  meta: Source;
  textFile: string;
  text: SourceText;
  /** Code-point offset where each section starts, indexed by section number; sections end where the next starts. */
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
  const seed = seeds.get(meta.seed.file.split('/').slice(-2).join('/'));
  if (!seed) {
    issues.push({
      file,
      rule: 'source-seed',
      message: `seed file ${meta.seed.file} not found`,
      at: at(['seed', 'file']),
    });
  } else if (!bytesEqual(seed.subarray(meta.seed.byte_start, meta.seed.byte_end), input.bytes)) {
    issues.push({
      file,
      rule: 'source-seed',
      message: `${input.textFile} is not bytes ${meta.seed.byte_start}..${meta.seed.byte_end} of ${meta.seed.file}`,
      at: at(['seed']),
    });
  }
  const text = new SourceText(input.text);
  const sectionStarts: number[] = [];
  meta.sections.forEach((section, i) => {
    if (section.number !== i) {
      issues.push({
        file,
        rule: 'section-order',
        message: `section ${i} is numbered ${section.number}; number sections 0, 1, 2, ... in order`,
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
    if (i > 0 && sectionStarts[i - 1] !== undefined && start <= sectionStarts[i - 1]!) {
      issues.push({
        file,
        rule: 'section-order',
        message: `marker "${section.marker}" comes before the previous section's`,
        at: at(['sections', i, 'marker']),
      });
    }
    sectionStarts[i] = start;
  });
  if (issues.length > before) return undefined;
  return { meta, textFile: input.textFile, text, sectionStarts };
}

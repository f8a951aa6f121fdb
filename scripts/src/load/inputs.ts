import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidationIssue } from '../validate/issues.ts';
import { parseYaml, type YamlFile } from './yaml-file.ts';

/** One source: its metadata file and its verbatim text (undefined when unreadable). */
export interface SourceInput {
  metaFile: string;
  textFile: string;
  meta?: YamlFile;
  bytes?: Uint8Array;
  text?: string;
}

/** Everything under data/, read but not yet checked. */
export interface Inputs {
  dataDir: string;
  /** Repository-relative prefix of dataDir, for messages ("data"). */
  prefix: string;
  cities: YamlFile[];
  sources: SourceInput[];
  indicators?: YamlFile;
  seeds: Map<string, Uint8Array>;
}

const MAX_FILE_BYTES = 5_000_000;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function readText(
  file: string,
  abs: string,
  issues: ValidationIssue[],
): { bytes?: Uint8Array; text?: string } {
  let bytes: Uint8Array;
  try {
    if (statSync(abs).size > MAX_FILE_BYTES) {
      issues.push({ file, rule: 'file-size', message: `larger than ${MAX_FILE_BYTES} bytes` });
      return {};
    }
    bytes = readFileSync(abs);
  } catch (error) {
    issues.push({ file, rule: 'file-missing', message: (error as Error).message });
    return {};
  }
  try {
    const text = utf8.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff)
      issues.push({ file, rule: 'source-utf8', message: 'starts with a byte-order mark' });
    return { bytes, text };
  } catch {
    issues.push({ file, rule: 'source-utf8', message: 'is not valid UTF-8' });
    return { bytes };
  }
}

function readYaml(file: string, abs: string, issues: ValidationIssue[]): YamlFile | undefined {
  const { text } = readText(file, abs, issues);
  if (text === undefined) return undefined;
  if (text.trim() === '') {
    issues.push({ file, rule: 'yaml-syntax', message: 'is empty' });
    return undefined;
  }
  const parsed = parseYaml(file, text);
  issues.push(...parsed.issues);
  return parsed.yaml;
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** Read data/: cities/*.yaml, sources/<city>/<id>.{yaml,zh.txt}, indicators.yaml, seeds/*. */
export function loadInputs(
  dataDir: string,
  prefix = 'data',
): { inputs: Inputs; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const rel = (...parts: string[]) => [prefix, ...parts].join('/');
  const cities: YamlFile[] = [];
  for (const name of list(join(dataDir, 'cities'))) {
    if (!name.endsWith('.yaml')) {
      issues.push({
        file: rel('cities', name),
        rule: 'file-unknown',
        message: 'unexpected file; city annotations are <city>.yaml',
      });
      continue;
    }
    const yaml = readYaml(rel('cities', name), join(dataDir, 'cities', name), issues);
    if (yaml) cities.push(yaml);
  }
  const sources: SourceInput[] = [];
  for (const city of list(join(dataDir, 'sources'))) {
    const names = list(join(dataDir, 'sources', city));
    for (const name of names) {
      if (name.endsWith('.yaml')) {
        const id = name.slice(0, -'.yaml'.length);
        const metaFile = rel('sources', city, name);
        const textFile = rel('sources', city, `${id}.zh.txt`);
        const meta = readYaml(metaFile, join(dataDir, 'sources', city, name), issues);
        const text = readText(textFile, join(dataDir, 'sources', city, `${id}.zh.txt`), issues);
        sources.push({ metaFile, textFile, meta, ...text });
      } else if (
        !name.endsWith('.zh.txt') ||
        !names.includes(name.replace(/\.zh\.txt$/, '.yaml'))
      ) {
        issues.push({
          file: rel('sources', city, name),
          rule: 'file-unknown',
          message: 'unexpected file; a source is <id>.zh.txt with <id>.yaml beside it',
        });
      }
    }
  }
  const seeds = new Map<string, Uint8Array>();
  for (const name of list(join(dataDir, 'seeds')))
    seeds.set(`seeds/${name}`, readFileSync(join(dataDir, 'seeds', name)));
  const indicators = readYaml(rel('indicators.yaml'), join(dataDir, 'indicators.yaml'), issues);
  return { inputs: { dataDir, prefix, cities, sources, indicators, seeds }, issues };
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Position, ValidationIssue } from '../validate/issues.ts';
import { firstInvalidUtf8 } from './utf8.ts';
import { parseYaml, type YamlFile } from './yaml-file.ts';

/** One source: its metadata file and its verbatim text (undefined when unreadable). */
export interface SourceInput {
  metaFile: string;
  textFile: string;
  meta?: YamlFile;
  bytes?: Uint8Array;
  text?: string;
  /**
   * Files named <id>.original.<ext> beside the metadata (the file the text was extracted from),
   * repository-relative path -> bytes; empty when there are none.
   */
  originals: Map<string, Uint8Array>;
}

/** Everything under data/, read but not yet checked. */
export interface Inputs {
  dataDir: string;
  /** Repository-relative prefix of dataDir, for messages ("data"). */
  prefix: string;
  cities: YamlFile[];
  /** Every data/cities/*.yaml found, parsed or not. */
  cityFiles: string[];
  sources: SourceInput[];
  indicators?: YamlFile;
  seeds: Map<string, Uint8Array>;
}

const MAX_FILE_BYTES = 5_000_000;
/** An original file (a saved page or a PDF) may be larger than a text; it is only hashed. */
export const MAX_ORIGINAL_BYTES = 20_000_000;
/** <id>.original.<ext>: the file a source text was extracted from. */
const ORIGINAL_NAME = /^(.+)\.original\.[a-z0-9]+$/;
// ignoreBOM keeps a byte-order mark in the text, so that a source starting with one is reported.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// Control characters except tab, line feed, carriage return and next line (as YAML 1.2 has it).
const CONTROL = /(?![\t\n\r\u0085])\p{Cc}/u;

/** Line and column (1-based; the column in code points) of a UTF-16 index in a text. */
function positionIn(text: string, index: number): Position {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return {
    line: before.split('\n').length,
    column: Array.from(before.slice(lineStart)).length + 1,
  };
}

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');

function readText(
  file: string,
  abs: string,
  kind: 'source' | 'yaml',
  issues: ValidationIssue[],
): { bytes?: Uint8Array; text?: string } {
  // A malformed source text is a source rule; a malformed YAML file does not parse.
  const rule = kind === 'source' ? 'source-utf8' : 'yaml-syntax';
  let bytes: Uint8Array;
  try {
    const stat = statSync(abs);
    if (!stat.isFile()) {
      issues.push({ file, rule: 'file-unknown', message: 'is not a regular file' });
      return {};
    }
    if (stat.size > MAX_FILE_BYTES) {
      issues.push({ file, rule: 'file-size', message: `larger than ${MAX_FILE_BYTES} bytes` });
      return {};
    }
    bytes = readFileSync(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    issues.push({
      file,
      rule: 'file-missing',
      message: code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`,
    });
    return {};
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
    const at = {
      line: bytes.subarray(0, bad).filter((b) => b === 0x0a).length + 1,
      column: Array.from(new TextDecoder().decode(bytes.subarray(lineStart, bad))).length + 1,
    };
    issues.push({
      file,
      rule,
      message: `is not valid UTF-8: byte 0x${hex(bytes[bad] ?? 0, 2)} at byte offset ${bad} starts no well-formed character`,
      at,
    });
    return { bytes };
  }
  if (kind === 'source') {
    if (text.charCodeAt(0) === 0xfeff)
      issues.push({
        file,
        rule,
        message: 'starts with a byte-order mark',
        at: { line: 1, column: 1 },
      });
    if (text.trim() === '')
      issues.push({ file, rule: 'source-text', message: 'is empty or blank' });
  }
  const control = CONTROL.exec(text);
  if (control) {
    issues.push({
      file,
      rule: kind === 'source' ? 'source-text' : 'yaml-syntax',
      message: `contains the control character U+${hex(control[0].charCodeAt(0), 4)}; only tab and line breaks are allowed`,
      at: positionIn(text, control.index),
    });
  }
  return { bytes, text };
}

/** The bytes of an original file, which are only hashed, so may be of any kind. */
function readOriginal(
  file: string,
  abs: string,
  issues: ValidationIssue[],
): Uint8Array | undefined {
  try {
    const stat = statSync(abs);
    if (!stat.isFile()) {
      issues.push({ file, rule: 'file-unknown', message: 'is not a regular file' });
      return undefined;
    }
    if (stat.size > MAX_ORIGINAL_BYTES) {
      issues.push({ file, rule: 'file-size', message: `larger than ${MAX_ORIGINAL_BYTES} bytes` });
      return undefined;
    }
    return readFileSync(abs);
  } catch (error) {
    issues.push({
      file,
      rule: 'file-missing',
      message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    });
    return undefined;
  }
}

function readYaml(file: string, abs: string, issues: ValidationIssue[]): YamlFile | undefined {
  const { text } = readText(file, abs, 'yaml', issues);
  if (text === undefined) return undefined;
  if (text.trim() === '') {
    issues.push({ file, rule: 'yaml-syntax', message: 'is empty' });
    return undefined;
  }
  const parsed = parseYaml(file, text);
  issues.push(...parsed.issues);
  return parsed.yaml;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
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
  const cityFiles: string[] = [];
  for (const name of list(join(dataDir, 'cities'))) {
    if (!name.endsWith('.yaml')) {
      issues.push({
        file: rel('cities', name),
        rule: 'file-unknown',
        message: 'unexpected file; city annotations are <city>.yaml',
      });
      continue;
    }
    cityFiles.push(rel('cities', name));
    const yaml = readYaml(rel('cities', name), join(dataDir, 'cities', name), issues);
    if (yaml) cities.push(yaml);
  }
  const sources: SourceInput[] = [];
  for (const city of list(join(dataDir, 'sources'))) {
    if (!isDirectory(join(dataDir, 'sources', city))) {
      issues.push({
        file: rel('sources', city),
        rule: 'file-unknown',
        message: 'unexpected file; sources are sources/<city>/<id>.zh.txt',
      });
      continue;
    }
    const names = list(join(dataDir, 'sources', city));
    for (const name of names) {
      if (name.endsWith('.yaml')) {
        const id = name.slice(0, -'.yaml'.length);
        const metaFile = rel('sources', city, name);
        const textFile = rel('sources', city, `${id}.zh.txt`);
        const meta = readYaml(metaFile, join(dataDir, 'sources', city, name), issues);
        const text = readText(
          textFile,
          join(dataDir, 'sources', city, `${id}.zh.txt`),
          'source',
          issues,
        );
        const originals = new Map<string, Uint8Array>();
        for (const other of names.filter((n) => ORIGINAL_NAME.exec(n)?.[1] === id)) {
          const bytes = readOriginal(
            rel('sources', city, other),
            join(dataDir, 'sources', city, other),
            issues,
          );
          if (bytes) originals.set(rel('sources', city, other), bytes);
        }
        sources.push({ metaFile, textFile, meta, ...text, originals });
      } else if (
        names.includes(`${ORIGINAL_NAME.exec(name)?.[1] ?? '\0'}.yaml`) &&
        !name.endsWith('.zh.txt')
      ) {
        continue; // read with its metadata above
      } else if (
        !name.endsWith('.zh.txt') ||
        !names.includes(name.replace(/\.zh\.txt$/, '.yaml'))
      ) {
        issues.push({
          file: rel('sources', city, name),
          rule: 'file-unknown',
          message:
            'unexpected file; a source is <id>.zh.txt with <id>.yaml beside it (and optionally the file it was extracted from, <id>.original.<ext>)',
        });
      }
    }
  }
  const seeds = new Map<string, Uint8Array>();
  for (const name of list(join(dataDir, 'seeds'))) {
    try {
      seeds.set(`seeds/${name}`, readFileSync(join(dataDir, 'seeds', name)));
    } catch {
      issues.push({
        file: rel('seeds', name),
        rule: 'file-unknown',
        message: 'is not a readable file; seeds/ holds the seed files only',
      });
    }
  }
  const indicators = readYaml(rel('indicators.yaml'), join(dataDir, 'indicators.yaml'), issues);
  return { inputs: { dataDir, prefix, cities, cityFiles, sources, indicators, seeds }, issues };
}

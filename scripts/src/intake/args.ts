// The command lines of `pnpm new-city` and `pnpm new-source`.
import { parseArgs } from 'node:util';
import type { ValidationIssue } from '../validate/issues.ts';
import { SOURCE_FLAGS, type SourceFlags } from './source-meta.ts';

/** The city flags of new-city, each required. */
export const CITY_FLAGS = [
  'name-zh',
  'name-en',
  'province-zh',
  'province-en',
  'admin-code',
] as const;
export type CityFlags = Record<(typeof CITY_FLAGS)[number], string>;

export interface CommandLine {
  slug?: string;
  /** --source as given. */
  source?: string;
  city: Partial<CityFlags>;
  meta: SourceFlags;
  install: boolean;
  /** --root: work on another copy of the repository (tests). */
  root?: string;
  help: boolean;
}

export function usage(command: 'new-city' | 'new-source'): string {
  const meta =
    '[--title-zh <标题>] [--title-en <title>] [--author-zh <作者>] [--author-en <author>]\n' +
    '      [--publisher <name>] [--url <https://…>] [--published <YYYY-MM-DD>]';
  return command === 'new-city'
    ? 'usage: pnpm new-city <slug> --source <file> --name-zh <名称> --name-en <Name>\n' +
        '      --province-zh <省> --province-en <Province> --admin-code <GB/T 2260 code>\n' +
        `      ${meta} [--no-install]`
    : `usage: pnpm new-source <slug> --source <file>\n      ${meta}`;
}

/** The parsed command line; every problem with it is an issue. */
export function parseCommandLine(
  command: 'new-city' | 'new-source',
  argv: string[],
  issues: ValidationIssue[],
): CommandLine {
  const flags = [...SOURCE_FLAGS, ...(command === 'new-city' ? CITY_FLAGS : [])];
  const options = Object.fromEntries([
    ...flags.map((f) => [f, { type: 'string' as const }]),
    ['source', { type: 'string' as const }],
    ['root', { type: 'string' as const }],
    ['no-install', { type: 'boolean' as const }],
    ['help', { type: 'boolean' as const, short: 'h' }],
  ]);
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    issues.push({ file: command, rule: 'flag-unknown', message: (error as Error).message });
    return { city: {}, meta: {}, install: false, help: false };
  }
  const { values, positionals } = parsed;
  const str = (name: string) => {
    const v = values[name];
    return typeof v === 'string' ? v.trim() : undefined;
  };
  const line: CommandLine = {
    slug: positionals[0],
    source: str('source'),
    city: Object.fromEntries(CITY_FLAGS.map((f) => [f, str(f)]).filter(([, v]) => v)),
    meta: Object.fromEntries(SOURCE_FLAGS.map((f) => [f, str(f)]).filter(([, v]) => v)),
    install: values['no-install'] !== true,
    root: str('root'),
    help: values.help === true,
  };
  if (line.help) return line;
  if (positionals.length === 0)
    issues.push({
      file: command,
      rule: 'flag-missing',
      message: 'the city slug is required',
    });
  if (positionals.length > 1)
    issues.push({
      file: command,
      rule: 'flag-unknown',
      message: `one slug is expected, not ${positionals.length}: ${positionals.join(' ')}`,
    });
  if (!line.source)
    issues.push({
      file: '--source',
      rule: 'flag-missing',
      message: 'the report file is required: --source <file>',
    });
  if (command === 'new-city')
    for (const f of CITY_FLAGS)
      if (!line.city[f])
        issues.push({ file: `--${f}`, rule: 'flag-missing', message: `--${f} is required` });
  return line;
}

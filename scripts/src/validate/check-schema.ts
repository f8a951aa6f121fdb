import {
  CitySchema,
  ExclusionSchema,
  FigureAnnotationSchema,
  IndicatorSchema,
  SlugSchema,
  SourceSchema,
  type City,
  type ExclusionAnnotation,
  type FigureAnnotation,
  type Indicator,
  type Source,
} from '@shuangjian/schema';
import type { z } from 'zod';
import type { YamlFile } from '../load/yaml-file.ts';
import { printable, type ValidationIssue } from './issues.ts';

/** A value that passed its schema, with where it came from. */
export interface Located<T> {
  value: T;
  yaml: YamlFile;
  path: (string | number)[];
}

function check<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  yaml: YamlFile,
  path: (string | number)[],
  issues: ValidationIssue[],
  figure?: string,
): Located<z.output<S>> | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return { value: result.data, yaml, path };
  for (const issue of result.error.issues) {
    const at = [...path, ...(issue.path as (string | number)[])];
    issues.push({
      file: yaml.file,
      rule: 'schema',
      figure,
      message: `${keyPath(at)}: ${printable(issue.message, 300)}`,
      at: yaml.positionOf(at),
    });
  }
  return undefined;
}

/** A dotted path for messages; a hostile key is escaped and cut short. */
function keyPath(path: (string | number)[]): string {
  return path.map((k) => printable(String(k), 60)).join('.') || '(root)';
}

/** A plain YAML map (not a list, a scalar, or a tagged value such as !!binary). */
function isMap(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function asRecord(value: unknown): Record<string, unknown> {
  return isMap(value) ? value : {};
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object'
    ? `a ${(value as { constructor?: { name?: string } }).constructor?.name ?? 'object'}`
    : `a ${typeof value}`;
}

/** Report a root that is not a map (true when it is one) and, if asked, its unknown keys. */
function checkRoot(
  yaml: YamlFile,
  keys: string[],
  issues: ValidationIssue[],
  unknownKeys = true,
): boolean {
  if (!isMap(yaml.value)) {
    issues.push({
      file: yaml.file,
      rule: 'schema',
      message: `(root): must be a map with the keys ${keys.join(', ')}, not ${kindOf(yaml.value)}`,
      at: { line: 1, column: 1 },
    });
    return false;
  }
  for (const key of unknownKeys ? Object.keys(yaml.value) : []) {
    if (!keys.includes(key))
      issues.push({
        file: yaml.file,
        rule: 'schema',
        message: `${keyPath([key])}: unknown key; expected ${keys.join(', ')}`,
        at: yaml.positionOf([key]),
      });
  }
  return true;
}

function asArray(
  value: unknown,
  yaml: YamlFile,
  key: string,
  issues: ValidationIssue[],
): unknown[] {
  if (Array.isArray(value)) return value;
  issues.push({
    file: yaml.file,
    rule: 'schema',
    message:
      value === undefined
        ? `${key}: missing; it must be a list`
        : `${key}: must be a list, not ${kindOf(value)}`,
    at: yaml.positionOf([key]),
  });
  return [];
}

/** A city annotation file, checked item by item so that one bad figure hides no other error. */
export function checkCityFile(yaml: YamlFile, issues: ValidationIssue[]) {
  if (!checkRoot(yaml, ['city', 'exclusions', 'figures'], issues))
    return { city: undefined, figures: [], exclusions: [] };
  const root = asRecord(yaml.value);
  const city = check(CitySchema, root.city, yaml, ['city'], issues) as Located<City> | undefined;
  const slug = city?.value.slug ?? '?';
  const figures = asArray(root.figures, yaml, 'figures', issues)
    .map((raw, i) => {
      // Named by its id only when that is a well-formed slug (never a hostile string).
      const id = SlugSchema.safeParse(asRecord(raw).id);
      const gid = id.success ? `${slug}/${id.data}` : `${slug}/#${i + 1}`;
      return check(FigureAnnotationSchema, raw, yaml, ['figures', i], issues, gid) as
        Located<FigureAnnotation> | undefined;
    })
    .filter((f) => f !== undefined);
  const exclusions = asArray(root.exclusions, yaml, 'exclusions', issues)
    .map(
      (raw, i) =>
        check(ExclusionSchema, raw, yaml, ['exclusions', i], issues) as
          Located<ExclusionAnnotation> | undefined,
    )
    .filter((e) => e !== undefined);
  return { city, figures, exclusions };
}

export function checkSourceFile(
  yaml: YamlFile,
  issues: ValidationIssue[],
): Located<Source> | undefined {
  // The schema reports unknown keys itself.
  if (!checkRoot(yaml, Object.keys(SourceSchema.shape), issues, false)) return undefined;
  return check(SourceSchema, yaml.value, yaml, [], issues) as Located<Source> | undefined;
}

export function checkIndicatorFile(
  yaml: YamlFile,
  issues: ValidationIssue[],
): Located<Indicator>[] {
  if (!checkRoot(yaml, ['indicators'], issues)) return [];
  const root = asRecord(yaml.value);
  return asArray(root.indicators, yaml, 'indicators', issues)
    .map(
      (raw, i) =>
        check(IndicatorSchema, raw, yaml, ['indicators', i], issues) as
          Located<Indicator> | undefined,
    )
    .filter((x) => x !== undefined);
}

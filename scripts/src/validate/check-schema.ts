import {
  CitySchema,
  ExclusionSchema,
  FigureAnnotationSchema,
  IndicatorSchema,
  SourceSchema,
  type City,
  type Exclusion,
  type FigureAnnotation,
  type Indicator,
  type Source,
} from '@shuangjian/schema';
import type { z } from 'zod';
import type { YamlFile } from '../load/yaml-file.ts';
import type { ValidationIssue } from './issues.ts';

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
      message: `${at.join('.') || '(root)'}: ${issue.message}`,
      at: yaml.positionOf(at),
    });
  }
  return undefined;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function asArray(
  value: unknown,
  yaml: YamlFile,
  key: string,
  issues: ValidationIssue[],
): unknown[] {
  const v = asRecord(yaml.value)[key];
  if (Array.isArray(v)) return v;
  issues.push({
    file: yaml.file,
    rule: 'schema',
    message: `${key}: must be a list`,
    at: yaml.positionOf([key]),
  });
  return [];
}

/** A city annotation file, checked item by item so that one bad figure hides no other error. */
export function checkCityFile(yaml: YamlFile, issues: ValidationIssue[]) {
  const root = asRecord(yaml.value);
  for (const key of Object.keys(root)) {
    if (!['city', 'exclusions', 'figures'].includes(key)) {
      issues.push({
        file: yaml.file,
        rule: 'schema',
        message: `${key}: unknown key`,
        at: yaml.positionOf([key]),
      });
    }
  }
  const city = check(CitySchema, root.city, yaml, ['city'], issues) as Located<City> | undefined;
  const slug = city?.value.slug ?? '?';
  const figures = asArray(root.figures, yaml, 'figures', issues)
    .map((raw, i) => {
      const id =
        typeof asRecord(raw).id === 'string'
          ? `${slug}/${String(asRecord(raw).id)}`
          : `${slug}/#${i + 1}`;
      return check(FigureAnnotationSchema, raw, yaml, ['figures', i], issues, id) as
        Located<FigureAnnotation> | undefined;
    })
    .filter((f) => f !== undefined);
  const exclusions = asArray(root.exclusions, yaml, 'exclusions', issues)
    .map(
      (raw, i) =>
        check(ExclusionSchema, raw, yaml, ['exclusions', i], issues) as
          Located<Exclusion> | undefined,
    )
    .filter((e) => e !== undefined);
  return { city, figures, exclusions };
}

export function checkSourceFile(
  yaml: YamlFile,
  issues: ValidationIssue[],
): Located<Source> | undefined {
  return check(SourceSchema, yaml.value, yaml, [], issues) as Located<Source> | undefined;
}

export function checkIndicatorFile(
  yaml: YamlFile,
  issues: ValidationIssue[],
): Located<Indicator>[] {
  const root = asRecord(yaml.value);
  for (const key of Object.keys(root)) {
    if (key !== 'indicators')
      issues.push({
        file: yaml.file,
        rule: 'schema',
        message: `${key}: unknown key`,
        at: yaml.positionOf([key]),
      });
  }
  return asArray(root.indicators, yaml, 'indicators', issues)
    .map(
      (raw, i) =>
        check(IndicatorSchema, raw, yaml, ['indicators', i], issues) as
          Located<Indicator> | undefined,
    )
    .filter((x) => x !== undefined);
}

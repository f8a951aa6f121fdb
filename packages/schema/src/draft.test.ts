import { describe, expect, it } from 'vitest';
import { ExclusionSchema, PublishedExclusionSchema } from './exclusion.js';
import { FigureAnnotationSchema, FigureSchema } from './figure.js';
import { toJsonSchema } from './json-schema.js';

const annotation = {
  id: 'grid-workers',
  source: 'hefei-2023-09-27',
  section: 2,
  label: { zh: '网格员', en: 'TODO: grid workers' },
  title: { zh: '网格员', en: 'TODO' },
  value: 46,
  raw: '46',
  unit: 'persons',
  unit_zh: '名',
  qualifier: 'exact',
  period: { wording: null, kind: 'unspecified', start: null, end: null },
  quote: { text: '46名网格员', start: 10, end: 16 },
  quote_en: 'TODO',
  indicator: null,
  formula: null,
  notes: [],
};
const exclusion = {
  source: 'hefei-2023-09-27',
  text: '一是',
  count: 1,
  kind: 'section-marker',
  reason: { zh: '段落序号', en: 'TODO' },
};
const draft = { review: 'draft', why: ['unit persons from the measure word 名'] };

describe('draft fields', () => {
  it('are accepted on an annotated figure and exclusion, with `why` optional', () => {
    expect(FigureAnnotationSchema.parse({ ...annotation, ...draft })).toMatchObject(draft);
    expect(ExclusionSchema.parse({ ...exclusion, ...draft })).toMatchObject(draft);
    expect(ExclusionSchema.parse({ ...exclusion, review: 'draft' }).review).toBe('draft');
    expect(FigureAnnotationSchema.safeParse(annotation).success).toBe(true);
  });

  it('take only the value draft, and a list of safe single-line texts', () => {
    expect(FigureAnnotationSchema.safeParse({ ...annotation, review: 'done' }).success).toBe(false);
    expect(ExclusionSchema.safeParse({ ...exclusion, review: true }).success).toBe(false);
    expect(ExclusionSchema.safeParse({ ...exclusion, why: 'one reason' }).success).toBe(false);
    expect(ExclusionSchema.safeParse({ ...exclusion, why: ['a\u202Eb'] }).success).toBe(false);
    expect(ExclusionSchema.safeParse({ ...exclusion, why: [''] }).success).toBe(false);
  });

  it('are refused by the published schemas', () => {
    const figure = { ...annotation, global_id: 'hefei/grid-workers', city: 'hefei' };
    expect(FigureSchema.safeParse(figure).success).toBe(true);
    expect(FigureSchema.safeParse({ ...figure, review: 'draft' }).success).toBe(false);
    expect(FigureSchema.safeParse({ ...figure, why: [] }).success).toBe(false);
    expect(PublishedExclusionSchema.safeParse(exclusion).success).toBe(true);
    expect(PublishedExclusionSchema.safeParse({ ...exclusion, review: 'draft' }).success).toBe(
      false,
    );
  });

  it('are listed by the annotation JSON Schema only', () => {
    const listed = (name: Parameters<typeof toJsonSchema>[0]) => {
      const text = JSON.stringify(toJsonSchema(name));
      return ['"review"', '"why"'].filter((key) => text.includes(key));
    };
    expect(listed('city-annotations.schema.json')).toEqual(['"review"', '"why"']);
    for (const name of [
      'figure.schema.json',
      'figures.schema.json',
      'dataset.schema.json',
    ] as const)
      expect(listed(name), name).toEqual([]);
  });
});

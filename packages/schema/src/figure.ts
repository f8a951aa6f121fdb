import { z } from 'zod';
import { draftFields } from './draft.js';
import { PeriodSchema } from './period.js';
import { LocalizedTextSchema, ProseSchema, SafeTextSchema, SlugSchema } from './text.js';
import { UnitSchema } from './unit.js';

/** What the qualifier words of a number mean (the description of the qualifier field). */
export const QUALIFIER_DESCRIPTION =
  'exact; at_least: a lower bound (written with 余, 多, 逾, 超过 or 以上); approx: approximate, either side (约, 左右); nearly: just under the value, an approximate upper bound (近, 将近).';

/** What each qualifier means, as the codebook gives it. */
export const QUALIFIER_MEANING = {
  exact: 'the value as stated',
  at_least: 'a lower bound (written with 余, 多, 逾, 超过 or 以上)',
  approx: 'approximate, either side (约, 左右)',
  nearly: 'just under the value, an approximate upper bound (近, 将近)',
} as const;

export const QualifierSchema = z
  .enum(Object.keys(QUALIFIER_MEANING) as [keyof typeof QUALIFIER_MEANING])
  .meta({
    description: QUALIFIER_DESCRIPTION,
  });

/** The verbatim words a figure comes from, located in its source. */
export const QuoteSchema = z
  .strictObject({
    text: SafeTextSchema.meta({
      description:
        'The shortest verbatim substring of the source that states the number and what it counts.',
    }),
    start: z.int().min(0).meta({
      description:
        'Offset of the first character, in Unicode code points from the start of the source text.',
    }),
    end: z
      .int()
      .min(1)
      .meta({ description: 'Offset after the last character (end exclusive), in code points.' }),
    occurrence: z.int().min(1).optional().meta({
      description: 'Which occurrence (1-based) when the text occurs more than once in the source.',
    }),
  })
  .meta({
    id: 'Quote',
    description: 'The verbatim words the figure comes from, with code-point offsets in its source.',
  });

/** Indicator id: dot-separated kebab-case segments, e.g. "enforcement.personnel-dispatched". */
export const IndicatorIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/, {
    message: 'must be dot-separated kebab-case, e.g. "enforcement.personnel-dispatched"',
  });

// The fields of a figure, as annotated and as published.
const figureFields = {
  id: SlugSchema.meta({
    description:
      'Stable kebab-case id, unique within the city, e.g. "enforcement-personnel-dispatched".',
  }),
  source: SlugSchema.meta({ description: 'Id of the source the figure is quoted from.' }),
  section: z
    .int()
    .min(0)
    .max(99)
    .meta({ description: 'Section of the report: 0 = lead paragraph, 1 = 一是, ...' }),
  label: LocalizedTextSchema.meta({
    description: 'The full description: what is counted, by whom, over what period, in zh and en.',
  }),
  title: LocalizedTextSchema.meta({
    description:
      'A short headline naming what is counted, in zh (at most 16 characters) and en (at most 60, sentence case): no number, and no period unless needed to tell two figures of the report apart; unique within the report (a later report may reuse it for the same measure).',
  }),
  value: z.number().finite().nonnegative().meta({
    description: 'The value in base units (89.16万元 -> 891600 CNY; percent in percent).',
  }),
  raw: SafeTextSchema.meta({
    description: 'The number as written, without the measure word, e.g. "1700余", "89.16万".',
  }),
  unit: UnitSchema,
  unit_zh: SafeTextSchema.meta({
    description: 'The measure word as written right after the number, e.g. "人次", "个次", "元".',
  }),
  qualifier: QualifierSchema,
  period: PeriodSchema,
  quote: QuoteSchema,
  quote_en: ProseSchema.meta({
    description:
      'A faithful English rendering of quote.text, with its number as the quote states it (digits may be grouped; 89.16万元 -> "891,600 yuan"; 余/近/约 as "more than"/"nearly"/"about").',
  }),
  indicator: IndicatorIdSchema.nullable().meta({
    description: 'Id of the cross-city indicator the figure measures, or null.',
  }),
  formula: SafeTextSchema.nullable().meta({
    description:
      'For a stated rate: an expression over figure ids of the same city, e.g. "(a - b) / a"; recomputed by the build (x 100 for percent).',
  }),
  notes: z.array(LocalizedTextSchema).meta({ description: 'Caveats, in zh and en.' }),
};

/** One statistic as annotated by hand in data/cities/<city>.yaml; it may be a draft. */
export const FigureAnnotationSchema = z.strictObject({ ...figureFields, ...draftFields }).meta({
  id: 'FigureAnnotation',
  description: 'A statistic as annotated in data/cities/<city>.yaml.',
});

/** One published statistic, as in a package's data/figures.json: never a draft. */
export const FigureSchema = z
  .strictObject({
    ...figureFields,
    global_id: z
      .string()
      .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)
      .meta({
        description:
          'City slug and figure id, e.g. "hefei/enforcement-personnel-dispatched"; unique across the project.',
      }),
    city: SlugSchema.meta({ description: 'Slug of the city that reports the figure.' }),
  })
  .meta({
    id: 'Figure',
    description: 'A published statistic with its verbatim quote and metadata.',
  });

export type Qualifier = z.output<typeof QualifierSchema>;
export type Quote = z.output<typeof QuoteSchema>;
export type FigureAnnotation = z.output<typeof FigureAnnotationSchema>;
export type Figure = z.output<typeof FigureSchema>;

import { z } from 'zod';
import { IsoDateSchema, SafeTextSchema } from './text.js';

/** What each kind of period means, as the codebook and the JSON Schema describe it. */
export const PERIOD_KIND_MEANING = {
  as_of: 'a stock at the time of the report (现有, 截至目前)',
  cumulative: 'since the policy began (累计, 两年来)',
  year: 'within a year (今年以来, 2022年)',
  season: 'a holiday season (暑期)',
  unspecified: 'the text does not say',
} as const;

export const PERIOD_KIND_DESCRIPTION = `${Object.entries(PERIOD_KIND_MEANING)
  .map(([kind, meaning]) => `${kind}: ${meaning}`)
  .join('; ')}.`;

export const PeriodKindSchema = z
  .enum(Object.keys(PERIOD_KIND_MEANING) as [keyof typeof PERIOD_KIND_MEANING])
  .meta({ description: PERIOD_KIND_DESCRIPTION });

/** The time a value refers to, as precise as the text makes it and no more. */
export const PeriodSchema = z
  .strictObject({
    wording: SafeTextSchema.nullable().meta({
      description:
        'The period phrase verbatim from the source (e.g. "今年以来"), or null if there is none.',
    }),
    kind: PeriodKindSchema,
    start: IsoDateSchema.nullable().meta({
      description: 'First day, only where the text fixes it; else null.',
    }),
    end: IsoDateSchema.nullable().meta({
      description: 'Last day, only where the text fixes it; else null.',
    }),
  })
  .meta({
    id: 'Period',
    description:
      'The period a value refers to: the wording, a kind, and dates only where the text fixes them.',
  });

export type Period = z.output<typeof PeriodSchema>;
export type PeriodKind = z.output<typeof PeriodKindSchema>;

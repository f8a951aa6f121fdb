import { z } from 'zod';
import { LocalizedTextSchema, SafeTextSchema, SlugSchema } from './text.js';

export const ExclusionKindSchema = z
  .enum([
    'section-marker',
    'title',
    'name',
    'policy-term',
    'contact',
    'date',
    'structure',
    'word',
    'period',
  ])
  .meta({
    description:
      'Why the numerals are not a statistic: a section marker, part of a title or name, a policy term, a phone number, a date, a structure (e.g. 四级), an ordinary word (进一步), or a period phrase.',
  });

/** A verbatim text whose numerals are not statistics, with the reason. */
export const ExclusionSchema = z
  .strictObject({
    source: SlugSchema.meta({ description: 'Id of the source the text is in.' }),
    text: SafeTextSchema.meta({
      description: 'Verbatim text holding the numerals; covers every occurrence in the source.',
    }),
    count: z.int().min(1).meta({
      description: 'How many times the text occurs in the source (checked by the build).',
    }),
    kind: ExclusionKindSchema,
    reason: LocalizedTextSchema.meta({ description: 'Why these numerals are not statistics.' }),
  })
  .meta({
    id: 'Exclusion',
    description: 'Numerals in a source that are deliberately not figures.',
  });

export type Exclusion = z.output<typeof ExclusionSchema>;

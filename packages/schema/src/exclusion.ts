import { z } from 'zod';
import { draftFields } from './draft.js';
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

// The fields of an exclusion, as annotated and as published.
const exclusionFields = {
  source: SlugSchema.meta({ description: 'Id of the source the text is in.' }),
  text: SafeTextSchema.meta({
    description: 'Verbatim text holding the numerals; covers every occurrence in the source.',
  }),
  count: z.int().min(1).meta({
    description: 'How many times the text occurs in the source (checked by the build).',
  }),
  kind: ExclusionKindSchema,
  reason: LocalizedTextSchema.meta({ description: 'Why these numerals are not statistics.' }),
};

/**
 * A verbatim text whose numerals are not statistics, with the reason, as annotated by hand in
 * data/cities/<city>.yaml; it may be a draft.
 */
export const ExclusionSchema = z.strictObject({ ...exclusionFields, ...draftFields }).meta({
  id: 'ExclusionAnnotation',
  description: 'Numerals in a source that are deliberately not figures, as annotated.',
});

/** An exclusion as a package publishes it (data/dataset.json): never a draft. */
export const PublishedExclusionSchema = z.strictObject(exclusionFields).meta({
  id: 'Exclusion',
  description: 'Numerals in a source that are deliberately not figures.',
});

/** An exclusion as annotated (it may carry `review` and `why`). */
export type ExclusionAnnotation = z.output<typeof ExclusionSchema>;
/** An exclusion as published. */
export type Exclusion = z.output<typeof PublishedExclusionSchema>;

import { z } from 'zod';
import { IsoDateSchema, LocalizedTextSchema, SafeTextSchema, SlugSchema } from './text.js';

/** A part of a report: 0 is the lead paragraph, 1 is the part opened by 一是, and so on. */
export const SectionSchema = z
  .strictObject({
    number: z
      .int()
      .min(0)
      .max(99)
      .meta({ description: 'Section number: 0 = lead paragraph, 1 = 一是, 2 = 二是, ...' }),
    marker: SafeTextSchema.meta({
      description:
        'Verbatim text that opens the section; it occurs exactly once in the source and fixes where the section starts.',
    }),
    heading: LocalizedTextSchema.meta({
      description: 'The section heading as read (quotation marks restored), in zh and en.',
    }),
  })
  .meta({ id: 'Section' });

/** Where the text was published. */
export const PublicationSchema = z
  .strictObject({
    publisher: SafeTextSchema.meta({
      description: 'Who published this copy, e.g. "e-chinaedu.cn".',
    }),
    url: z.url({ protocol: /^https?$/ }).meta({ description: 'Address of the published page.' }),
    date: IsoDateSchema.meta({ description: 'Publication date, YYYY-MM-DD.' }),
  })
  .meta({ id: 'Publication' });

/** A report's metadata; its text is a verbatim file beside it. */
export const SourceSchema = z
  .strictObject({
    id: SlugSchema.meta({ description: 'Globally unique source id, e.g. "hefei-2023-09-27".' }),
    city: SlugSchema.meta({ description: 'Slug of the city the report is about and speaks for.' }),
    title: LocalizedTextSchema.meta({
      description: 'The report title (zh verbatim, en translated).',
    }),
    author: LocalizedTextSchema.meta({ description: 'The original author as far as known.' }),
    language: z.literal('zh').meta({ description: 'Language of the source text.' }),
    republication: PublicationSchema.meta({ description: 'The copy this text was taken from.' }),
    seed: z
      .strictObject({
        file: z.string().min(1).meta({ description: 'Repository path of the original seed file.' }),
        byte_start: z
          .int()
          .min(0)
          .meta({ description: 'First byte of this source in the seed file.' }),
        byte_end: z
          .int()
          .min(0)
          .meta({ description: 'Byte after the last byte of this source in the seed file.' }),
      })
      .meta({ description: 'Where the verbatim text was sliced from.' }),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({ description: 'SHA-256 of the UTF-8 source text file, lowercase hex.' }),
    sections: z.array(SectionSchema).min(1).meta({ description: 'The report parts, in order.' }),
    notes: z
      .array(LocalizedTextSchema)
      .meta({ description: 'Caveats about the text (e.g. lost quotation marks).' }),
  })
  .meta({ id: 'Source', description: 'A source document: one city report.' });

export type Section = z.output<typeof SectionSchema>;
export type Source = z.output<typeof SourceSchema>;

/** A source with its verbatim text, as published in dataset.json. */
export const SourceWithTextSchema = SourceSchema.extend({
  text: z
    .string()
    .meta({ description: 'The verbatim source text (UTF-8, byte-exact slice of the seed).' }),
}).meta({ id: 'SourceWithText' });

export type SourceWithText = z.output<typeof SourceWithTextSchema>;

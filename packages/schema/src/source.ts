import { z } from 'zod';
import { IsoDateSchema, LocalizedTextSchema, SafeTextSchema, SlugSchema } from './text.js';

/**
 * A part of a report: 0 is the lead paragraph, 1 is the part opened by 一是 (一、, （一）, 第一),
 * and so on. A report that opens with its first part has no section 0.
 */
export const SectionSchema = z
  .strictObject({
    number: z.int().min(0).max(99).meta({
      description:
        'Section number: 0 = lead paragraph (none when the report opens with its first part), 1 = 一是, 2 = 二是, ...',
    }),
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

/** The byte range of a seed file that a source text is (the three 2023 reports). */
export const SourceSeedSchema = z
  .strictObject({
    file: z.string().min(1).meta({ description: 'Repository path of the original seed file.' }),
    byte_start: z.int().min(0).meta({ description: 'First byte of this source in the seed file.' }),
    byte_end: z
      .int()
      .min(0)
      .meta({ description: 'Byte after the last byte of this source in the seed file.' }),
  })
  .meta({ description: 'Where the verbatim text was sliced from.' });

/** Media types of an original file the text can be extracted from. */
export const SOURCE_MEDIA_TYPES = ['text/plain', 'text/html', 'application/pdf'] as const;
/** Character encodings of an original text or HTML file that the intake reads. */
export const SOURCE_ENCODINGS = ['UTF-8', 'GB18030', 'Big5', 'UTF-16LE', 'UTF-16BE'] as const;

/** The file a source text was extracted from (a saved page, a PDF, a text file), archived as is. */
export const SourceOriginalSchema = z
  .strictObject({
    file: z.string().min(1).meta({
      description:
        'Repository path of the original file, byte for byte as obtained: data/sources/<city>/<source-id>.original.<txt|html|pdf>.',
    }),
    media_type: z.enum(SOURCE_MEDIA_TYPES).meta({
      description: 'What the original file is, by its content: plain text, an HTML page or a PDF.',
    }),
    encoding: z.enum(SOURCE_ENCODINGS).nullable().meta({
      description:
        'Character encoding the original text or HTML file was decoded from (the source text file is always UTF-8); null for a PDF.',
    }),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({ description: 'SHA-256 of the original file, lowercase hex.' }),
  })
  .refine((o) => (o.encoding === null) === (o.media_type === 'application/pdf'), {
    message: 'encoding is null for a PDF and names the character encoding of a text or HTML file',
    path: ['encoding'],
  })
  .meta({ description: 'The original file the verbatim text was extracted from.' });

const sourceFields = {
  id: SlugSchema.meta({ description: 'Globally unique source id, e.g. "hefei-2023-09-27".' }),
  city: SlugSchema.meta({ description: 'Slug of the city the report is about and speaks for.' }),
  title: LocalizedTextSchema.meta({
    description: 'The report title (zh verbatim, en translated).',
  }),
  author: LocalizedTextSchema.meta({ description: 'The original author as far as known.' }),
  language: z.literal('zh').meta({ description: 'Language of the source text.' }),
  republication: PublicationSchema.meta({ description: 'The copy this text was taken from.' }),
  seed: SourceSeedSchema.optional(),
  original: SourceOriginalSchema.optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .meta({ description: 'SHA-256 of the UTF-8 source text file, lowercase hex.' }),
  sections: z.array(SectionSchema).min(1).meta({ description: 'The report parts, in order.' }),
  notes: z
    .array(LocalizedTextSchema)
    .meta({ description: 'Caveats about the text (e.g. lost quotation marks).' }),
};

/** Where a text came from: a seed slice or an original file, exactly one of them. */
const ONE_ORIGIN = {
  check: (s: { seed?: unknown; original?: unknown }) =>
    (s.seed === undefined) !== (s.original === undefined),
  message:
    'give exactly one of seed (a byte range of a seed file) and original (the file the text was extracted from)',
  // The same rule for JSON Schema readers.
  jsonSchema: { oneOf: [{ required: ['seed'] }, { required: ['original'] }] },
};

/** A report's metadata; its text is a verbatim file beside it. */
export const SourceSchema = z
  .strictObject(sourceFields)
  .refine(ONE_ORIGIN.check, { message: ONE_ORIGIN.message, path: ['original'] })
  .meta({
    id: 'Source',
    description: 'A source document: one city report.',
    ...ONE_ORIGIN.jsonSchema,
  });

export type Section = z.output<typeof SectionSchema>;
export type Source = z.output<typeof SourceSchema>;

/** A source with its verbatim text, as published in dataset.json. */
export const SourceWithTextSchema = z
  .strictObject({
    ...sourceFields,
    text: z.string().meta({
      description:
        'The verbatim source text (UTF-8): a byte-exact slice of the seed, or the text extracted from the original file.',
    }),
  })
  .refine(ONE_ORIGIN.check, { message: ONE_ORIGIN.message, path: ['original'] })
  .meta({ id: 'SourceWithText', ...ONE_ORIGIN.jsonSchema });

export type SourceWithText = z.output<typeof SourceWithTextSchema>;

import { z } from 'zod';

// C0/C1 controls, bidi embeddings/overrides/isolates and line/paragraph separators
// can hide or reorder text in a published label.
const UNSAFE = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/u;

/** A single-line human-readable string with no control or bidi-override characters. */
export const SafeTextSchema = z
  .string()
  .min(1)
  .max(2000)
  .refine((s) => !UNSAFE.test(s), {
    message: 'contains a control, bidi-override or line-separator character',
  })
  .refine((s) => s === s.trim(), { message: 'has leading or trailing whitespace' });

/** A text given in both of the project's languages: Chinese first, English second. */
export const LocalizedTextSchema = z
  .strictObject({
    zh: SafeTextSchema.meta({ description: 'Simplified Chinese text.' }),
    en: SafeTextSchema.meta({ description: 'English text.' }),
  })
  .meta({ description: 'A text in Chinese (zh) and English (en); both are required.' });

export type LocalizedText = z.output<typeof LocalizedTextSchema>;

/** kebab-case slug: lowercase ASCII letters and digits separated by single hyphens. */
export const SlugSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'must be kebab-case (a-z, 0-9, single hyphens)',
  });

/** ISO 8601 calendar date, YYYY-MM-DD. */
export const IsoDateSchema = z.iso.date();

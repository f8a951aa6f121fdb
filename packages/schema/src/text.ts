import { z } from 'zod';

// C0/C1 controls, bidi embeddings/overrides/isolates, line/paragraph separators and invisible
// characters (zero-width space, non-joiner and joiner, word joiner, BOM) can hide or reorder text
// in a published label, or make two labels that look the same differ.
const UNSAFE = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\u2028\u2029\uFEFF]/u;

// A cell starting with one of these is a formula to Excel and LibreOffice ("CSV injection"):
// text written by people (labels, notes, names) may not start with one, so that the CSV
// downloads need no escaping that would change the text.
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** A single-line human-readable string with no control or bidi-override characters. */
export const SafeTextSchema = z
  .string()
  .min(1)
  .max(2000)
  .refine((s) => !UNSAFE.test(s), {
    message: 'contains a control, bidi-override, line-separator or invisible character',
  })
  .refine((s) => s === s.trim(), { message: 'has leading or trailing whitespace' });

/** Human-written text: SafeText that does not start like a spreadsheet formula. */
export const ProseSchema = SafeTextSchema.refine((s) => !FORMULA_START.test(s), {
  message: 'starts with =, +, - or @, which a spreadsheet would run as a formula',
});

/** A text given in both of the project's languages: Chinese first, English second. */
export const LocalizedTextSchema = z
  .strictObject({
    zh: ProseSchema.meta({ description: 'Simplified Chinese text.' }),
    en: ProseSchema.meta({ description: 'English text.' }),
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

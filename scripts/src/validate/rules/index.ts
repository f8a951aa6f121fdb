// Every rule the figures and exclusions of a city are checked with, in the order they run.
// A new rule is a file in this folder (with its test beside it) and a line here; scripts/README.md
// lists them from this registry (`node scripts/src/cli/rules-readme.ts --write`).
import { draftUnreviewed } from './draft-unreviewed.ts';
import { idUnique } from './id-unique.ts';
import { indicatorDuplicate } from './indicator-duplicate.ts';
import { indicatorUnit } from './indicator-unit.ts';
import { indicatorUnknown } from './indicator-unknown.ts';
import { periodDates } from './period-dates.ts';
import { periodWording } from './period-wording.ts';
import { qualifierMismatch } from './qualifier-mismatch.ts';
import { quoteAmbiguous } from './quote-ambiguous.ts';
import { quoteEnValue } from './quote-en-value.ts';
import { quoteEn } from './quote-en.ts';
import { quoteOffsets } from './quote-offsets.ts';
import { quoteSection } from './quote-section.ts';
import { quoteVerbatim } from './quote-verbatim.ts';
import { rateFormula } from './rate-formula.ts';
import { rawAmbiguous } from './raw-ambiguous.ts';
import { rawInQuote } from './raw-in-quote.ts';
import { rawPartial } from './raw-partial.ts';
import type { Rule } from './rule.ts';
import { sectionRange } from './section-range.ts';
import { sourceUnknown } from './source-unknown.ts';
import { titleLength } from './title-length.ts';
import { titleUnique } from './title-unique.ts';
import { todoMarker } from './todo-marker.ts';
import { unitZhAdjacent } from './unit-zh-adjacent.ts';
import { unitZh } from './unit-zh.ts';
import { valueMismatch } from './value-mismatch.ts';
import { valueParse } from './value-parse.ts';
import { valueRange } from './value-range.ts';
import { whyWithoutDraft } from './why-without-draft.ts';

export const RULES: readonly Rule[] = [
  idUnique,
  titleLength,
  titleUnique,
  quoteEn,
  quoteEnValue,
  sourceUnknown,
  indicatorUnknown,
  indicatorUnit,
  indicatorDuplicate,
  periodDates,
  periodWording,
  valueParse,
  valueMismatch,
  qualifierMismatch,
  valueRange,
  unitZh,
  quoteVerbatim,
  quoteAmbiguous,
  quoteOffsets,
  sectionRange,
  quoteSection,
  rawInQuote,
  unitZhAdjacent,
  rawAmbiguous,
  rawPartial,
  rateFormula,
  draftUnreviewed,
  whyWithoutDraft,
  todoMarker,
];

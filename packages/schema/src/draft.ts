import { z } from 'zod';
import { SafeTextSchema } from './text.js';

/** Marks a figure or exclusion as a guess no person has reviewed yet (annotation files only). */
export const DraftReviewSchema = z.literal('draft').meta({
  description:
    'Set by a drafting tool: the entry is a guess nobody has reviewed yet. `pnpm validate` reports every draft and build:data publishes nothing while one is left; delete it once the entry is reviewed.',
});

/** The drafter's reasons, for the reviewer of a draft. */
export const DraftWhySchema = z.array(SafeTextSchema).meta({
  description:
    'Only on a draft: what the drafter guessed and why, in English (e.g. "unit persons from the measure word 名"); deleted with `review` once the entry is reviewed.',
});

/** The optional draft fields of an annotated figure or exclusion. */
export const draftFields = {
  review: DraftReviewSchema.optional(),
  why: DraftWhySchema.optional(),
};

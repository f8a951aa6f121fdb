import type { Rule } from './rule.ts';

const fix = (what: string) =>
  `\`why\` explains a draft's guesses, but this ${what} is not a draft: delete \`why\` once it is reviewed`;

export const whyWithoutDraft: Rule = {
  id: 'why-without-draft',
  description: "`why` (the drafter's reasons) appears only on a draft, with `review: draft`",
  check: ({ figure }) =>
    figure.why !== undefined && figure.review !== 'draft'
      ? [{ message: fix('figure'), field: ['why'] }]
      : [],
  checkExclusion: ({ exclusion }) =>
    exclusion.why !== undefined && exclusion.review !== 'draft'
      ? [{ message: fix(`exclusion "${exclusion.text}"`), field: ['why'] }]
      : [],
};

import type { Rule } from './rule.ts';

const ASK = 'review it, then delete `review: draft`';

export const draftUnreviewed: Rule = {
  id: 'draft-unreviewed',
  description:
    'no figure or exclusion is still a draft (`review: draft`); every other rule checks drafts too',
  check: ({ figure }) =>
    figure.review === 'draft' ? [{ message: `figure is a draft: ${ASK}`, field: ['review'] }] : [],
  checkExclusion: ({ exclusion }) =>
    exclusion.review === 'draft'
      ? [{ message: `exclusion "${exclusion.text}" is a draft: ${ASK}`, field: ['review'] }]
      : [],
};

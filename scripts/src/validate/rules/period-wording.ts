import type { Rule } from './rule.ts';

export const periodWording: Rule = {
  id: 'period-wording',
  description: 'the period wording occurs in the source',
  checkInSource({ figure: { period }, source }) {
    if (period.wording === null || source.text.occurrences(period.wording).length > 0) return [];
    return [
      {
        message: `period wording "${period.wording}" does not occur in ${source.textFile}`,
        field: ['period', 'wording'],
      },
    ];
  },
};

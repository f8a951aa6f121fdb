import type { Rule } from './rule.ts';

export const periodDates: Rule = {
  id: 'period-dates',
  description: "a period's `start` is not after its `end`",
  check({ figure: { period } }) {
    if (!period.start || !period.end || period.start <= period.end) return [];
    return [
      {
        message: `period starts (${period.start}) after it ends (${period.end})`,
        field: ['period'],
      },
    ];
  },
};

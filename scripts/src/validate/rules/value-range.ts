import type { Rule } from './rule.ts';

export const valueRange: Rule = {
  id: 'value-range',
  description: 'percentages are at most 100',
  check({ figure: f }) {
    if (f.unit !== 'percent' || f.value <= 100) return [];
    return [{ message: `a percentage of ${f.value} is over 100`, field: ['value'] }];
  },
};

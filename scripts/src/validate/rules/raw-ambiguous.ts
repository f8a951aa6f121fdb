import { measured } from './context.ts';
import type { Rule } from './rule.ts';

export const rawAmbiguous: Rule = {
  id: 'raw-ambiguous',
  description: '`raw` followed by `unit_zh` occurs once in the quote',
  checkInSource({ figure: f, unitIndex }) {
    const withUnit = measured(f);
    if (unitIndex < 0 || f.quote.text.indexOf(withUnit, unitIndex + 1) < 0) return [];
    return [{ message: `"${withUnit}" occurs more than once in the quote`, field: ['raw'] }];
  },
};

import { measured } from './context.ts';
import type { Rule } from './rule.ts';

export const unitZhAdjacent: Rule = {
  id: 'unit-zh-adjacent',
  description:
    '`raw` is followed by `unit_zh` in the quote (or holds it: a percent in words, 百分之三十, 三分之一, 七成)',
  checkInSource({ figure: f, rawIndex, unitIndex }) {
    // A raw that is not in the quote at all is reported by raw-in-quote.
    if (rawIndex < 0 || unitIndex >= 0) return [];
    return [
      {
        message: `"${measured(f)}" (raw followed by unit_zh) does not occur in the quote`,
        field: ['unit_zh'],
      },
    ];
  },
};

import { measureWords } from '../measure-words.ts';
import type { Rule } from './rule.ts';

export const unitZh: Rule = {
  id: 'unit-zh',
  description: '`unit_zh` is a measure word of `unit` (`src/validate/measure-words.ts`)',
  check({ figure: f }) {
    const words = measureWords(f.unit);
    if (words.includes(f.unit_zh)) return [];
    return [
      {
        message: `unit "${f.unit}" is written ${words
          .map((w) => `"${w}"`)
          .join(' or ')}, not "${f.unit_zh}" (see scripts/src/validate/measure-words.ts)`,
        field: ['unit_zh'],
      },
    ];
  },
};

import type { Rule } from './rule.ts';

export const valueMismatch: Rule = {
  id: 'value-mismatch',
  description: '`value` equals `raw` read in base units',
  check({ figure: f, parsed }) {
    if ('error' in parsed || parsed.value === f.value) return [];
    return [
      {
        message: `value ${f.value} does not equal raw "${f.raw}" read as ${parsed.value}`,
        field: ['value'],
      },
    ];
  },
};

import type { Rule } from './rule.ts';

export const qualifierMismatch: Rule = {
  id: 'qualifier-mismatch',
  description: '`qualifier` agrees with 余/多 (at_least), 约/左右 (approx) and 近/将近 (nearly)',
  check({ figure: f, parsed }) {
    if ('error' in parsed || parsed.qualifier === f.qualifier) return [];
    return [
      {
        message: `qualifier "${f.qualifier}" but raw "${f.raw}" reads as "${parsed.qualifier}"`,
        field: ['qualifier'],
      },
    ];
  },
};

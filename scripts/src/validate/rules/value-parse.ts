import type { Rule } from './rule.ts';

export const valueParse: Rule = {
  id: 'value-parse',
  description: '`raw` reads as a number (Arabic or Chinese numerals, 万/亿, 余/多, 近/约)',
  check({ parsed }) {
    return 'error' in parsed ? [{ message: parsed.error, field: ['raw'] }] : [];
  },
};

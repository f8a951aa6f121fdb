import type { Rule } from './rule.ts';

export const rawInQuote: Rule = {
  id: 'raw-in-quote',
  description: '`raw` occurs in the quote',
  checkInSource({ figure: f, rawIndex }) {
    if (rawIndex >= 0) return [];
    return [
      {
        message: `raw "${f.raw}" does not occur in the quote "${f.quote.text}"`,
        field: ['raw'],
      },
    ];
  },
};

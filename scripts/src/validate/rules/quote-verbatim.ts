import type { Rule } from './rule.ts';

export const quoteVerbatim: Rule = {
  id: 'quote-verbatim',
  description: 'the quote occurs verbatim in its source',
  checkInSource({ figure: f, source, quote }) {
    if (quote.found.length > 0) return [];
    return [
      {
        message: `quote "${f.quote.text}" does not occur verbatim in ${source.textFile}`,
        field: ['quote', 'text'],
      },
    ];
  },
};

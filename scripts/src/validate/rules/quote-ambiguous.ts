import type { Rule } from './rule.ts';

export const quoteAmbiguous: Rule = {
  id: 'quote-ambiguous',
  description: 'the quote occurs once, or `quote.occurrence` says which',
  checkInSource({ figure: f, source, quote: { found } }) {
    const { occurrence } = f.quote;
    if (found.length > 1 && occurrence === undefined)
      return [
        {
          message: `quote occurs ${found.length} times in ${source.textFile}; lengthen it or set quote.occurrence`,
          field: ['quote', 'text'],
          offset: found[0]!,
        },
      ];
    if (found.length > 0 && occurrence !== undefined && occurrence > found.length)
      return [
        {
          message: `quote.occurrence is ${occurrence} but the quote occurs ${found.length} time(s)`,
          field: ['quote', 'occurrence'],
        },
      ];
    return [];
  },
};

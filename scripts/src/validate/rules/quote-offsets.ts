import type { Rule } from './rule.ts';

export const quoteOffsets: Rule = {
  id: 'quote-offsets',
  description: '`quote.start`/`quote.end` (code points) are where the quote is',
  checkInSource({ figure: f, quote: { span } }) {
    if (!span || (f.quote.start === span.start && f.quote.end === span.end)) return [];
    return [
      {
        message: `quote offsets are [${f.quote.start}, ${f.quote.end}) but the quote is at [${span.start}, ${span.end})`,
        field: ['quote', 'start'],
        offset: span.start,
      },
    ];
  },
};

import { ARABIC_DIGIT, CHINESE } from '../wording.ts';
import type { Finding, Rule } from './rule.ts';
import { isTodo } from './todo-marker.ts';

export const quoteEn: Rule = {
  id: 'quote-en',
  description: '`quote_en` holds no Chinese characters, and has a digit when the quote has one',
  check({ figure: f }) {
    // A placeholder is reported once, by todo-marker.
    if (isTodo(f.quote_en)) return [];
    const findings: Finding[] = [];
    if (CHINESE.test(f.quote_en))
      findings.push({
        message: `quote_en "${f.quote_en}" holds Chinese characters; it is the English rendering of the quote`,
        field: ['quote_en'],
      });
    if (ARABIC_DIGIT.test(f.quote.text) && !/[0-9]/.test(f.quote_en))
      findings.push({
        message: `quote_en "${f.quote_en}" has no digit, but the quote "${f.quote.text}" states a number in digits`,
        field: ['quote_en'],
      });
    return findings;
  },
};

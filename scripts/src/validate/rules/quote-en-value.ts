import { ARABIC_DIGIT, englishNumbers } from '../wording.ts';
import type { Rule } from './rule.ts';
import { isTodo } from './todo-marker.ts';

export const quoteEnValue: Rule = {
  id: 'quote-en-value',
  description:
    "`quote_en` states the figure's number in full digits (`3,937`; `891,600` for 89.16万) when `raw` is in digits",
  check({ figure: f }) {
    // A placeholder is reported once, by todo-marker.
    if (isTodo(f.quote_en) || !ARABIC_DIGIT.test(f.raw)) return [];
    // A quote_en with no digit at all is reported by quote-en.
    if (ARABIC_DIGIT.test(f.quote.text) && !/[0-9]/.test(f.quote_en)) return [];
    if (englishNumbers(f.quote_en).includes(f.value)) return [];
    const shown = f.value.toLocaleString('en-US', { maximumFractionDigits: 20 });
    return [
      {
        message: `quote_en "${f.quote_en}" does not state the figure's number ${shown} (raw "${f.raw}"); write it in full, as the quote does, never rounded`,
        field: ['quote_en'],
      },
    ];
  },
};

// The figure's short title and the English rendering of its quote: rules the schema cannot state.
import type { FigureAnnotation } from '@shuangjian/schema';

/** Longest title, in characters (code points): a headline, not a description. */
export const TITLE_MAX = { zh: 16, en: 60 } as const;

/** A Han character or CJK punctuation: what an English rendering should not hold. */
const CHINESE = /[\p{Script=Han}\u3000-\u303F\uFF01-\uFF5E]/u;
const ARABIC_DIGIT = /[0-9\uFF10-\uFF19]/u;

/** One broken rule: its id, the message, and the field it is about. */
export interface WordingIssue {
  rule: 'title-length' | 'title-unique' | 'quote-en' | 'quote-en-value';
  message: string;
  field: (string | number)[];
}

/** Title lengths: zh at most 16 characters, en at most 60. */
export function titleLengthIssues(f: FigureAnnotation): WordingIssue[] {
  return (['zh', 'en'] as const).flatMap((lang) => {
    const n = Array.from(f.title[lang]).length;
    return n > TITLE_MAX[lang]
      ? [
          {
            rule: 'title-length' as const,
            message: `title.${lang} "${f.title[lang]}" is ${n} characters; a title has at most ${TITLE_MAX[lang]} (the full description belongs in label.${lang})`,
            field: ['title', lang],
          },
        ]
      : [];
  });
}

/** How two titles are compared: case, spacing and the width of Chinese punctuation aside. */
function titleKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Titles unique within a city: `seen` maps "<lang> <key>" to the id of the figure that first used
 * it, and is updated.
 */
export function titleUniqueIssues(f: FigureAnnotation, seen: Map<string, string>): WordingIssue[] {
  return (['zh', 'en'] as const).flatMap((lang) => {
    const key = `${lang} ${titleKey(f.title[lang])}`;
    const other = seen.get(key);
    if (other === undefined) {
      seen.set(key, f.id);
      return [];
    }
    if (other === f.id) return [];
    return [
      {
        rule: 'title-unique' as const,
        message: `title.${lang} "${f.title[lang]}" is also the title of figure "${other}"; titles must differ within a city (add a word that tells them apart)`,
        field: ['title', lang],
      },
    ];
  });
}

/** Numbers written in digits in English text, grouping commas allowed: "3,937" -> 3937. */
export function englishNumbers(text: string): number[] {
  const found: number[] = [];
  const re = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s+(thousand|million|billion)\b)?/g;
  const scale = { thousand: 3, million: 6, billion: 9 } as const;
  for (const m of text.matchAll(re)) {
    const digits = `${m[1]!.replace(/,/g, '')}${m[2] ?? ''}`;
    const places = m[3] ? scale[m[3] as keyof typeof scale] : 0;
    found.push(shiftDecimal(digits, places));
  }
  return found;
}

/** "1.62" shifted 6 places -> 1620000, in string arithmetic so that nothing is rounded. */
function shiftDecimal(digits: string, places: number): number {
  const [whole, fraction = ''] = digits.split('.');
  const padded = fraction.padEnd(places, '0');
  return Number(`${whole}${padded.slice(0, places)}.${padded.slice(places) || '0'}`);
}

/**
 * quote_en: English (no Chinese characters), with a digit wherever the quote has one, and, when the
 * figure's raw number is written in Arabic digits, that number in full (3,937; 891,600 for 89.16万;
 * "1.62 million" is read as 1620000).
 */
export function quoteEnIssues(f: FigureAnnotation): WordingIssue[] {
  const issues: WordingIssue[] = [];
  const field = ['quote_en'];
  if (CHINESE.test(f.quote_en))
    issues.push({
      rule: 'quote-en',
      message: `quote_en "${f.quote_en}" holds Chinese characters; it is the English rendering of the quote`,
      field,
    });
  if (ARABIC_DIGIT.test(f.quote.text) && !/[0-9]/.test(f.quote_en)) {
    issues.push({
      rule: 'quote-en',
      message: `quote_en "${f.quote_en}" has no digit, but the quote "${f.quote.text}" states a number in digits`,
      field,
    });
  } else if (ARABIC_DIGIT.test(f.raw) && !englishNumbers(f.quote_en).includes(f.value)) {
    const shown = f.value.toLocaleString('en-US', { maximumFractionDigits: 20 });
    issues.push({
      rule: 'quote-en-value',
      message: `quote_en "${f.quote_en}" does not state the figure's number ${shown} (raw "${f.raw}"); write it in full, as the quote does, never rounded`,
      field,
    });
  }
  return issues;
}

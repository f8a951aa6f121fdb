// What the title and quote_en rules share: the title limits, and how English text is read.

/** Longest title, in characters (code points): a headline, not a description. */
export const TITLE_MAX = { zh: 16, en: 60 } as const;

/** A Han character or CJK punctuation: what an English rendering should not hold. */
export const CHINESE = /[\p{Script=Han}\u3000-\u303F\uFF01-\uFF5E]/u;
/** An Arabic digit, ASCII or full-width. */
export const ARABIC_DIGIT = /[0-9\uFF10-\uFF19]/u;

/** How two titles are compared: case, spacing and the width of Chinese punctuation aside. */
export function titleKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
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

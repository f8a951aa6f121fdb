import type { Qualifier } from '@shuangjian/schema';

/** Characters that count as numerals when scanning a source (双 as in 双减 included). */
export const NUMERAL_PATTERN = /[0-9]+(?:\.[0-9]+)?|[〇零一二两三四五六七八九十百千万亿双]+/gu;

/** One numeral character, for asking whether a text holds any. */
export const NUMERAL_CHAR = /[0-9〇零一二两三四五六七八九十百千万亿双]/u;

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const MULTIPLIERS: Record<string, number> = { 万: 4, 亿: 8 };

/** A number as written, read: its value in base units, qualifier and decimals written. */
export interface ParsedRaw {
  value: number;
  qualifier: Qualifier;
  /** Digits written after the decimal point (for recomputing rates to the stated precision). */
  decimals: number;
}

/** Value of a Chinese numeral below 10^4 such as 十五, 二十, 一百零五, 三千; null if malformed. */
function parseChineseSmall(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0) return null;
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      total += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/**
 * Read a raw number such as "3937", "1700余", "89.16万", "800余万", "近10万", "12万余", "十五".
 * Grammar: [将近|近|约] number [余|多] [万|亿] [余|多] [左右]. 近/将近 is "nearly" (just under),
 * 约 and 左右 "approx" (either side), 余/多 "at_least". Returns an error message when it does not fit.
 */
export function parseRaw(raw: string): ParsedRaw | { error: string } {
  const m =
    /^(将近|近|约)?(?:([0-9]+)(?:\.([0-9]+))?|([〇零一二两三四五六七八九十百千]+))(余|多)?(万|亿)?(余|多)?(左右)?$/u.exec(
      raw,
    );
  if (!m)
    return {
      error: `"${raw}" is not a number as written (digits or Chinese numerals, with 万/亿, 余/多, 近/将近/约, 左右)`,
    };
  const [, before, intPart, fracPart = '', chinese, moreBefore, multiplier, moreAfter, around] = m;
  if (moreBefore && moreAfter) return { error: `"${raw}" has 余/多 twice` };
  const scale = multiplier ? MULTIPLIERS[multiplier]! : 0;
  let value: number;
  if (chinese !== undefined) {
    const small = parseChineseSmall(chinese);
    if (small === null) return { error: `"${raw}" is not a well-formed Chinese numeral` };
    value = small * 10 ** scale;
  } else {
    // Integer arithmetic on the digits, so 89.16万 is 891600 and not 891599.9999999999.
    const mantissa = Number(`${intPart}${fracPart}`);
    const shift = scale - fracPart.length;
    value = shift >= 0 ? mantissa * 10 ** shift : mantissa / 10 ** -shift;
  }
  const nearly = before === '近' || before === '将近';
  const approx = before === '约' || around !== undefined;
  if (nearly && around) return { error: `"${raw}" is both nearly (近) and approximate (左右)` };
  if ((nearly || approx) && (moreBefore || moreAfter))
    return { error: `"${raw}" is both approximate (近/约/左右) and a lower bound (余/多)` };
  const qualifier: Qualifier = nearly
    ? 'nearly'
    : approx
      ? 'approx'
      : moreBefore || moreAfter
        ? 'at_least'
        : 'exact';
  return { value, qualifier, decimals: fracPart.length };
}

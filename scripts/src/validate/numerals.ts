import type { Qualifier } from '@shuangjian/schema';

/**
 * Characters that count as numerals when scanning a source (双 as in 双减 included): Arabic digits,
 * full-width digits (０-９, with a full-width or ASCII decimal point) and Chinese numerals.
 */
export const NUMERAL_PATTERN =
  /[0-9０-９]+(?:[.．][0-9０-９]+)?|[〇零一二两三四五六七八九十百千万亿双]+/gu;

/** One numeral character, for asking whether a text holds any. */
export const NUMERAL_CHAR = /[0-9０-９〇零一二两三四五六七八九十百千万亿双]/u;

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
  let lastUnit = Infinity;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0) return null;
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      // 十, 百 and 千 each once and in descending order: 三千千 and 五十百 are not numbers.
      if (SMALL_UNITS[ch]! >= lastUnit) return null;
      lastUnit = SMALL_UNITS[ch]!;
      total += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/** Value of a Chinese numeral with 万 and 亿 sections (三万, 一万二千, 一亿五千万); null if malformed. */
function parseChinese(text: string): number | null {
  let total = 0;
  let rest = text;
  for (const [mark, power] of [
    ['亿', 8],
    ['万', 4],
  ] as const) {
    const at = rest.indexOf(mark);
    if (at < 0) continue;
    const head = rest.slice(0, at);
    // 一亿二千万: the 万 section of an 亿 number; a bare 万 or 亿 (万余) means one of it.
    const value = head === '' ? 1 : parseChineseSmall(head);
    if (value === null) return null;
    total += value * 10 ** power;
    rest = rest.slice(at + 1);
  }
  if (rest === '') return total === 0 ? null : total;
  const small = parseChineseSmall(rest);
  return small === null ? null : total + small;
}

/** Full-width digits and decimal point as ASCII, so that "１２．５" reads as 12.5. */
function asciiDigits(text: string): string {
  return text
    .replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/(?<=[0-9])．(?=[0-9])/gu, '.');
}

const NUMBER = String.raw`[0-9]+(?:\.[0-9]+)?|[〇零一二两三四五六七八九十百千万亿]+`;
const BEFORE = '将近|近|约|逾|超过|超';
const PLAIN = new RegExp(
  `^(${BEFORE})?(?:([0-9]+)(?:\\.([0-9]+))?|([〇零一二两三四五六七八九十百千万亿]+))(余|多)?([千百])?(万|亿)?(余|多)?(左右)?$`,
  'u',
);
// 百分之三十 (percent), 三分之一 (a fraction, read in percent), 七成 (tenths, read in percent).
const PERCENT_WORDS = new RegExp(`^(${BEFORE})?百分之(${NUMBER})$`, 'u');
const FRACTION = new RegExp(`^(${BEFORE})?(${NUMBER})分之(${NUMBER})$`, 'u');
const TENTHS = new RegExp(`^(${BEFORE})?(${NUMBER})成$`, 'u');

/** A number without qualifier words: digits with an optional decimal part, or Chinese numerals. */
function readNumber(text: string): { value: number; decimals: number } | null {
  const m = /^([0-9]+)(?:\.([0-9]+))?$/u.exec(text);
  if (m) return { value: Number(text), decimals: m[2]?.length ?? 0 };
  const value = parseChinese(text);
  return value === null ? null : { value, decimals: 0 };
}

function qualifierOf(before: string | undefined, more: boolean, around: boolean): Qualifier {
  if (before === '近' || before === '将近') return 'nearly';
  if (before === '约' || around) return 'approx';
  if (before === '逾' || before === '超过' || before === '超' || more) return 'at_least';
  return 'exact';
}

/** 百分之三十, 三分之一 and 七成: percent written in words, read in percent. */
function parsePercentWords(raw: string): ParsedRaw | { error: string } | null {
  const words = PERCENT_WORDS.exec(raw);
  if (words) {
    const n = readNumber(words[2]!);
    if (n === null) return { error: `"${raw}" is not a well-formed percentage` };
    return { value: n.value, qualifier: qualifierOf(words[1], false, false), decimals: n.decimals };
  }
  const fraction = FRACTION.exec(raw);
  if (fraction) {
    const denominator = readNumber(fraction[2]!);
    const numerator = readNumber(fraction[3]!);
    if (denominator === null || numerator === null || denominator.value === 0)
      return { error: `"${raw}" is not a well-formed fraction` };
    return {
      value: (numerator.value * 100) / denominator.value,
      qualifier: qualifierOf(fraction[1], false, false),
      decimals: 0,
    };
  }
  const tenths = TENTHS.exec(raw);
  if (tenths) {
    const n = readNumber(tenths[2]!);
    if (n === null) return { error: `"${raw}" is not a well-formed number of tenths (成)` };
    // Integer arithmetic on the digits, so 6.5成 is 65 and not 65.00000000000001.
    const value = n.decimals === 0 ? n.value * 10 : Number((n.value * 10).toFixed(n.decimals));
    return {
      value,
      qualifier: qualifierOf(tenths[1], false, false),
      decimals: Math.max(0, n.decimals - 1),
    };
  }
  return null;
}

/**
 * Read a raw number such as "3937", "1700余", "89.16万", "800余万", "近10万", "12万余", "十五".
 * Grammar: [将近|近|约|逾|超过|超] number [余|多] [千|百] [万|亿] [余|多] [左右], where number is
 * Arabic digits (full-width too) or Chinese numerals (一万二千); or percent written in words:
 * 百分之三十 (30), 三分之一 (33.33…), 七成 (70), read in percent. 近/将近 is "nearly" (just
 * under), 约 and 左右 "approx" (either side), 余/多, 逾 and 超过 "at_least". Returns an error
 * message when it does not fit.
 */
export function parseRaw(raw: string): ParsedRaw | { error: string } {
  const text = asciiDigits(raw);
  const words = parsePercentWords(text);
  if (words) return words;
  const m = PLAIN.exec(text);
  if (!m)
    return {
      error: `"${raw}" is not a number as written (digits or Chinese numerals, with 万/亿, 余/多, 近/将近/约/逾/超过, 左右)`,
    };
  const [
    ,
    before,
    intPart,
    fracPart = '',
    chinese,
    moreBefore,
    small,
    multiplier,
    moreAfter,
    around,
  ] = m;
  if (moreBefore && moreAfter) return { error: `"${raw}" has 余/多 twice` };
  if (chinese !== undefined && small !== undefined)
    return { error: `"${raw}" is not a well-formed Chinese numeral` };
  const scale =
    (small ? Math.log10(SMALL_UNITS[small]!) : 0) + (multiplier ? MULTIPLIERS[multiplier]! : 0);
  let value: number;
  if (chinese !== undefined) {
    const read = parseChinese(chinese);
    if (read === null) return { error: `"${raw}" is not a well-formed Chinese numeral` };
    if (multiplier && /[万亿]/u.test(chinese))
      return { error: `"${raw}" is not a well-formed Chinese numeral` };
    value = read * 10 ** scale;
  } else {
    // Integer arithmetic on the digits, so 89.16万 is 891600 and not 891599.9999999999.
    const mantissa = Number(`${intPart}${fracPart}`);
    const shift = scale - fracPart.length;
    value = shift >= 0 ? mantissa * 10 ** shift : mantissa / 10 ** -shift;
  }
  const nearly = before === '近' || before === '将近';
  const approx = before === '约' || around !== undefined;
  const lower = before === '逾' || before === '超过' || before === '超';
  const more = moreBefore !== undefined || moreAfter !== undefined;
  if (nearly && around) return { error: `"${raw}" is both nearly (近) and approximate (左右)` };
  if ((nearly || approx) && (more || lower))
    return { error: `"${raw}" is both approximate (近/约/左右) and a lower bound (余/多/逾/超过)` };
  if (lower && more) return { error: `"${raw}" states a lower bound twice (逾/超过 and 余/多)` };
  return {
    value,
    qualifier: qualifierOf(before, more, around !== undefined),
    decimals: fracPart.length,
  };
}

/**
 * A qualifier written right after the measure word, outside `raw` (which `unit_zh` must follow):
 * "3000人以上" and "1年多" are lower bounds, "500人左右" approximate. Null when there is none.
 */
export function qualifierAfterUnit(after: string): { qualifier: Qualifier; word: string } | null {
  const m = /^(以上|多|余|左右)/u.exec(after);
  if (!m) return null;
  return { qualifier: m[1] === '左右' ? 'approx' : 'at_least', word: m[1]! };
}

import type { Qualifier } from '@shuangjian/schema';
import { parseDecimal, shift, type Decimal } from './decimal';

/**
 * A figure's raw number as a Chinese reader can be shown it: Arabic digits, optionally 约, 近 or
 * 将近 before, 余 or 多 after the digits or after the multiplier, and 万 or 亿 as multiplier
 * ("89.16万", "800余万", "近10万", "12万余", "1700余", "88.89"). Chinese numerals (两百一十,
 * 三分之一), 左右, 逾 or 超过 do not fit: such values are formatted by rule instead.
 */
const RAW = /^(将近|近|约)?(0|[1-9][0-9]*)(\.[0-9]+)?(余|多)?(万|亿)?(余|多)?$/u;

const SCALE = { 万: 4, 亿: 8 } as const;

export interface ReadRaw {
  /** The raw after NFKC normalisation (full-width digits become ASCII), as it will be shown. */
  text: string;
  value: Decimal;
  qualifier: Qualifier;
}

/** Read a raw number in Arabic digits; null when it does not fit the grammar above. */
export function readRaw(raw: string): ReadRaw | null {
  const text = raw.normalize('NFKC');
  const m = RAW.exec(text);
  if (!m) return null;
  const [, before, int = '', frac = '', moreBefore, multiplier, moreAfter] = m;
  const more = moreBefore ?? moreAfter;
  if (moreBefore && moreAfter) return null;
  if (before && more) return null;
  const qualifier: Qualifier =
    before === '约' ? 'approx' : before ? 'nearly' : more ? 'at_least' : 'exact';
  const scale = multiplier ? SCALE[multiplier as keyof typeof SCALE] : 0;
  return { text, value: shift(parseDecimal(int + frac), scale), qualifier };
}

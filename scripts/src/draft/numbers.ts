import { NUMERAL_PATTERN } from '../validate/numerals.ts';
import { measureWordAt } from './measure.ts';
import type { Doc, Span } from './text.ts';

/** A numeral token as the validator scans it (digits, Chinese numerals, 双). */
export interface NumeralToken extends Span {
  text: string;
}

export function numeralTokens(doc: Doc): NumeralToken[] {
  return doc.source.numerals(NUMERAL_PATTERN);
}

const CHINESE_DIGITS = '〇零一二两三四五六七八九十百千万亿';
export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export const isChineseNumeral = (c: string | undefined): boolean =>
  c !== undefined && c !== '' && CHINESE_DIGITS.includes(c);
export const isNumeralChar = (c: string | undefined): boolean =>
  isDigit(c) || isChineseNumeral(c) || c === '双';

/** End of the numeral run at `at`: digits with their decimal part, or Chinese numerals and 双. */
export function numeralRunEnd(flat: string, at: number): number {
  let i = at;
  if (isDigit(flat[i])) {
    while (isDigit(flat[i]) || (flat[i] === '.' && isDigit(flat[i - 1]) && isDigit(flat[i + 1])))
      i++;
    return i;
  }
  while (isNumeralChar(flat[i]) && !isDigit(flat[i])) i++;
  return i;
}

/** How the number is written. */
export type NumberForm = 'digits' | 'chinese' | 'percent-words' | 'fraction' | 'tenths';

/** A number as written at a place in the text: its raw span and how it reads. */
export interface NumberExpr extends Span {
  /** Where the numerals proper start and end (inside raw). */
  core: Span;
  form: NumberForm;
  /** Qualifier words inside raw, for the why lines: 约, 近, 余 … */
  words: string[];
}

// Words ending in 近/约/超 that are not qualifiers of the number after them (附近, 签约, 赶超).
const NOT_NEARLY = '附最临邻亲靠就远贴晚新浅相逼';
const NOT_ABOUT = '签预制节合违公履特邀集简契缔失条解守践租相赴如立誓爽毁背婚盟规隐俭';
const NOT_OVER = '赶高';
// Words X成 where 成 starts another word (成立, 成效): then X成 is not "X tenths".
const NOT_TENTHS = '立为效果绩本员长熟功才都型就交品规事像';

function readCore(flat: string, at: number): { end: number; form: 'digits' | 'chinese' } | null {
  let i = at;
  if (isDigit(flat[i])) {
    while (isDigit(flat[i])) i++;
    if (flat[i] === '.' && isDigit(flat[i + 1])) {
      i++;
      while (isDigit(flat[i])) i++;
    }
    return { end: i, form: 'digits' };
  }
  if (isChineseNumeral(flat[i])) {
    while (isChineseNumeral(flat[i])) i++;
    return { end: i, form: 'chinese' };
  }
  return null;
}

/** The qualifier words written just before a number (将近, 近, 约, 逾, 超过, 超), or ''. */
function prefixBefore(flat: string, at: number, limit: number): string {
  const two = flat.slice(Math.max(limit, at - 2), at);
  if (two === '将近' || two === '超过') return two;
  const one = flat[at - 1];
  const before = flat[at - 2] ?? '';
  if (at - 1 < limit || one === undefined) return '';
  if (one === '近' && !NOT_NEARLY.includes(before)) return '近';
  if (one === '约' && !NOT_ABOUT.includes(before)) return '约';
  if (one === '逾') return '逾';
  if (one === '超' && !NOT_OVER.includes(before)) return '超';
  return '';
}

/**
 * Read the number starting at `at` (a numeral character): prefix words, the numerals, 余/多,
 * 千/百 and 万/亿 after digits; or 百分之X, X分之Y, X成. `limit` is where an earlier claim ends
 * (prefix words may not reach before it); `stop` is where the next claim starts.
 */
export function readNumberAt(doc: Doc, at: number, limit: number, stop: number): NumberExpr | null {
  const flat = doc.flat;
  const within = (end: number) => end <= stop;
  // 百分之三十
  if (flat.startsWith('百分之', at)) {
    const core = readCore(flat, at + 3);
    // 百分之亿 is no percentage: a lone 万, 亿 or 千 after 百分之 is not its number.
    if (core && within(core.end) && !/^[千万亿]$/u.test(flat.slice(at + 3, core.end))) {
      const prefix = prefixBefore(flat, at, limit);
      return {
        start: at - prefix.length,
        end: core.end,
        core: { start: at, end: core.end },
        form: 'percent-words',
        words: prefix ? [prefix] : [],
      };
    }
  }
  const core = readCore(flat, at);
  if (!core || !within(core.end)) return null;
  const prefix = prefixBefore(flat, at, limit);
  const start = at - prefix.length;
  const words = prefix ? [prefix] : [];
  // 三分之一
  if (flat.startsWith('分之', core.end)) {
    const second = readCore(flat, core.end + 2);
    if (second && within(second.end))
      return {
        start,
        end: second.end,
        core: { start: at, end: second.end },
        form: 'fraction',
        words,
      };
  }
  // 七成: one digit (or 十) of tenths, not 成立 or 成效.
  const tenthsDigits =
    core.form === 'digits' ? /^(?:10|[1-9])(?:\.5)?$/u : /^(?:[一二两三四五六七八九]|十)$/u;
  if (
    flat[core.end] === '成' &&
    tenthsDigits.test(flat.slice(at, core.end)) &&
    !NOT_TENTHS.includes(flat[core.end + 1] ?? '') &&
    within(core.end + 1)
  )
    return { start, end: core.end + 1, core: { start: at, end: core.end }, form: 'tenths', words };

  let i = core.end;
  const more = () => {
    const c = flat[i];
    if ((c === '余' || c === '多') && within(i + 1)) {
      words.push(c);
      i++;
      return true;
    }
    return false;
  };
  const hadMore = more();
  if (core.form === 'digits') {
    if ((flat[i] === '千' || flat[i] === '百') && within(i + 1)) i++;
    if ((flat[i] === '万' || flat[i] === '亿') && within(i + 1)) i++;
  }
  if (!hadMore) more();
  // 多 only reads "more than" before a measure word or 万/亿; 3多样 is not a number.
  if (
    flat[i - 1] === '多' &&
    words.at(-1) === '多' &&
    measureWordAt(flat, i) === null &&
    !/[万亿千百]/u.test(flat[i] ?? '')
  ) {
    i--;
    words.pop();
  }
  return { start, end: i, core: { start: at, end: core.end }, form: core.form, words };
}

// What a synthetic figure looks like before it is placed: its wording, and how it draws its number
// as the reports write numbers (2700余, 十五, 36.75万, 近8万).
import type { PeriodKind, Qualifier, Unit } from '@shuangjian/schema';
import type { Rng } from './seeded-rng.ts';

/** A number as written in the text, with the value and qualifier it is annotated with. */
export interface Num {
  raw: string;
  value: number;
  qualifier: Qualifier;
}

/** The four themes, in section order; a text with three sections folds theme 4 into section 3. */
export type Theme = 1 | 2 | 3 | 4;

/** A figure template. Its quote is pre + raw + unitZh + post; its clause is prefix + quote. */
export interface Template {
  id: string;
  theme: Theme;
  pre: string;
  unit: Unit;
  unitZh: string;
  post?: string;
  /** Text before the quote in its clause, e.g. a period phrase. */
  prefix?: string;
  period?: { wording: string; kind: PeriodKind };
  label: { zh: string; en: string };
  /** The short headline, when the label is too long to be one (zh 16, en 60 characters at most). */
  title?: { zh: string; en: string };
  indicator?: string;
  num: (r: Rng) => Num;
}

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** An integer in [lo, hi], in Arabic digits. */
export const exact =
  (lo: number, hi: number) =>
  (r: Rng): Num => {
    const n = r.int(lo, hi);
    return { raw: String(n), value: n, qualifier: 'exact' };
  };
/** A lower bound such as 2700余, rounded to `step`. */
export const atLeast =
  (lo: number, hi: number, step: number) =>
  (r: Rng): Num => {
    const n = r.int(Math.ceil(lo / step), Math.floor(hi / step)) * step;
    return { raw: `${n}余`, value: n, qualifier: 'at_least' };
  };
/** `a` with probability p, otherwise `b`. */
export const either =
  (p: number, a: (r: Rng) => Num, b: (r: Rng) => Num) =>
  (r: Rng): Num =>
    r.chance(p) ? a(r) : b(r);
/** A Chinese numeral between 11 and 99, e.g. 十五, 二十三. */
export const chinese =
  (lo: number, hi: number) =>
  (r: Rng): Num => {
    const n = r.int(Math.max(11, lo), Math.min(99, hi));
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return {
      raw: `${tens === 1 ? '' : ZH_DIGITS[tens]}十${ones ? ZH_DIGITS[ones] : ''}`,
      value: n,
      qualifier: 'exact',
    };
  };

/** Decimal places of the exact forms of a sum in 万. */
const WAN_PLACES = { decimal: 2, tenth: 1 } as const;

/** Sums in 万: 36.75万 or 8.3万 (exact), 12万余 (at least), 近8万 (nearly). Integer arithmetic only. */
export const wan =
  (lo: number, hi: number, forms: readonly ('decimal' | 'more' | 'near' | 'tenth')[]) =>
  (r: Rng): Num => {
    const whole = r.int(lo, hi);
    const form = r.pick(forms);
    if (form === 'decimal' || form === 'tenth') {
      const places = WAN_PLACES[form];
      const fraction = r.int(1, 10 ** places - 1);
      return {
        raw: `${whole}.${String(fraction).padStart(places, '0')}万`,
        value: whole * 10_000 + fraction * 10 ** (4 - places),
        qualifier: 'exact',
      };
    }
    if (form === 'more')
      return { raw: `${whole}万余`, value: whole * 10_000, qualifier: 'at_least' };
    return { raw: `近${whole}万`, value: whole * 10_000, qualifier: 'nearly' };
  };

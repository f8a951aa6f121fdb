/**
 * The one place numbers and values are formatted for readers: pages, charts, share images and
 * embeds all import it. Nothing here rounds: every digit of a value is shown, and no digit is
 * invented (see format/decimal.ts).
 *
 * Chinese: a figure is shown as its report writes it ("89.16万元", "800余万元", "近10万人") when
 * its raw number is in Arabic digits and reads back as exactly its value; otherwise by rule
 * (亿 and 万 when exact to 4 and 2 decimals, else plain digits without separators, as Chinese
 * reports write them). English: every digit, grouped ("891,600 yuan", "≥ 8,000,000 yuan").
 *
 * The exact base-unit value (891600) is for data tables, downloads and the API: formatBaseValue.
 */
import type { LocalizedText, Qualifier, Unit } from '@shuangjian/schema';
import type { Lang } from '../i18n/lang';
import { decimals, same, shift, toDecimal, write } from './format/decimal';
import { readRaw } from './format/raw';
import { unitText } from './format/units';

export { unitLabel, unitText } from './format/units';

// No-break spaces keep "≥ 1,700 person-times" and "1,054 家机构" on one line.
const NBSP = '\u00A0';

/** What a value needs to be shown: a Figure has all of it; raw is the number as written. */
export interface ValueParts {
  value: number;
  qualifier: Qualifier;
  unit: Unit;
  /** The number as the source writes it ("89.16万"); absent for a derived value. */
  raw?: string | null;
}

/** All digits, grouped by thousands, never rounded: 1620000 -> "1,620,000", 88.89 -> "88.89". */
export function formatDigits(value: number): string {
  return write(toDecimal(value), ',');
}

/** A number in Chinese by rule: { mantissa: "89.16", multiplier: "万" }, or plain digits. */
function zhNumber(value: number, unit?: Unit): { mantissa: string; multiplier: string } {
  const d = toDecimal(value);
  const size = Math.abs(value);
  if (unit !== 'percent') {
    const fits = (scale: number, places: number) => {
      const m = shift(d, -scale);
      return decimals(m) <= places ? m : null;
    };
    const yi = size >= 1e8 ? fits(8, 4) : null;
    if (yi) return { mantissa: write(yi), multiplier: '亿' };
    const wan = size >= 1e4 ? fits(4, 2) : null;
    if (wan) return { mantissa: write(wan), multiplier: '万' };
  }
  return { mantissa: write(d), multiplier: '' };
}

/**
 * A bare number, as in an axis tick or an arithmetic line. zh: 亿 and 万 when exact
 * ("2.35亿", "50万", "89.16万"), else plain digits without separators ("3937", "12345");
 * en: grouped digits ("500,000"). Never rounds.
 */
export function formatNumber(value: number, lang: Lang): string {
  if (lang === 'en') return formatDigits(value);
  const { mantissa, multiplier } = zhNumber(value);
  return `${mantissa}${multiplier}`;
}

/** The raw number as written, when it reads back as exactly this value and qualifier. */
function asWritten(v: ValueParts): string | null {
  if (!v.raw) return null;
  const read = readRaw(v.raw);
  if (!read || read.qualifier !== v.qualifier) return null;
  return same(read.value, toDecimal(v.value)) ? read.text : null;
}

/** A value in Chinese by rule: "约10万", "近10万", "800余万", "1700余", "超过89.16万", "超过90". */
function zhByRule(v: ValueParts): string {
  const { mantissa, multiplier } = zhNumber(v.value, v.unit);
  switch (v.qualifier) {
    case 'exact':
      return `${mantissa}${multiplier}`;
    case 'approx':
      return `约${mantissa}${multiplier}`;
    case 'nearly':
      return `近${mantissa}${multiplier}`;
    case 'at_least':
      // 余 follows a whole number only: "800余万", not "89.16余万"; nor "90余%". It goes after
      // 亿, as reports write it: "3亿余", not "3余亿".
      if (mantissa.includes('.') || v.unit === 'percent') return `超过${mantissa}${multiplier}`;
      return multiplier === '亿' ? `${mantissa}亿余` : `${mantissa}余${multiplier}`;
  }
}

const PREFIX_EN: Record<Qualifier, string> = {
  exact: '',
  at_least: `≥${NBSP}`,
  approx: `≈${NBSP}`,
  nearly: `nearly${NBSP}`,
};

// Words for screen readers, who may not voice ≥ and ≈. Chinese needs none: it writes 余, 约, 近.
const PREFIX_EN_WORDS: Record<Qualifier, string> = {
  exact: '',
  at_least: `at least${NBSP}`,
  approx: `about${NBSP}`,
  nearly: `nearly${NBSP}`,
};

/**
 * A value for readers, with its qualifier and unit. zh: "89.16万元", "162万人", "800余万元",
 * "近10万人", "12万余元", "1700余人次", "88.89%"; en: "891,600 yuan", "≥ 1,700 person-times",
 * "nearly 100,000 persons", "88.89%", and in words "at least 1,700 person-times". The spaces are
 * no-break spaces.
 */
export function formatValue(v: ValueParts, lang: Lang, options: { words?: boolean } = {}): string {
  const unit = unitText(v.unit, v.value, lang);
  if (lang === 'zh') return `${asWritten(v) ?? zhByRule(v)}${unit}`;
  const prefix = (options.words ? PREFIX_EN_WORDS : PREFIX_EN)[v.qualifier];
  const n = `${prefix}${formatDigits(v.value)}`;
  return v.unit === 'percent' ? `${n}%` : `${n}${NBSP}${unit}`;
}

const PREFIX_BASE: Record<Qualifier, LocalizedText> = {
  exact: { zh: '', en: '' },
  at_least: { zh: '≥', en: `≥${NBSP}` },
  approx: { zh: '约', en: `≈${NBSP}` },
  nearly: { zh: '近', en: `nearly${NBSP}` },
};

/**
 * The exact base-unit value, every digit grouped, for data tables: "891,600 元", "≥8,000,000 元",
 * "≥ 8,000,000 yuan", "88.89%". In English it is the reader's format too.
 */
export function formatBaseValue(v: ValueParts, lang: Lang): string {
  const n = `${PREFIX_BASE[v.qualifier][lang]}${formatDigits(v.value)}`;
  return v.unit === 'percent' ? `${n}%` : `${n}${NBSP}${unitText(v.unit, v.value, lang)}`;
}

/** Text of a localized pair in a language. */
export function tr(text: LocalizedText, lang: Lang): string {
  return text[lang];
}

import {
  UNITS,
  type Figure,
  type LocalizedText,
  type Qualifier,
  type Unit,
} from '@shuangjian/schema';
import type { Lang } from '../i18n/lang';

const NUMBER_LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

/** 3937 -> "3,937"; 88.89 -> "88.89". Never rounds: every digit of the value is shown. */
const formats = new Map<Lang, Intl.NumberFormat>();

export function formatNumber(value: number, lang: Lang): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALE[lang], {
      maximumFractionDigits: 20,
      useGrouping: true,
    });
    formats.set(lang, format);
  }
  return format.format(value);
}

/** The unit as shown after a value: "人次" / "person-times"; percent is "%". */
export function unitLabel(unit: Unit, lang: Lang): string {
  return unit === 'percent' ? '%' : UNITS[unit][lang];
}

const PREFIX: Record<Qualifier, LocalizedText> = {
  exact: { zh: '', en: '' },
  at_least: { zh: '≥', en: '≥ ' },
  approx: { zh: '约', en: '≈ ' },
  nearly: { zh: '近', en: 'nearly ' },
};

/** A figure's value for display: "≥ 1,700 person-times", "约100,000 人", "88.89%". */
export function formatValue(f: Pick<Figure, 'value' | 'unit' | 'qualifier'>, lang: Lang): string {
  const n = `${PREFIX[f.qualifier][lang]}${formatNumber(f.value, lang)}`;
  return f.unit === 'percent' ? `${n}%` : `${n} ${unitLabel(f.unit, lang)}`;
}

/** Text of a localized pair in a language. */
export function tr(text: LocalizedText, lang: Lang): string {
  return text[lang];
}

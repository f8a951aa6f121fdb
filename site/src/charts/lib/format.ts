import { format } from 'd3-format';
import { UNITS, type Period, type Qualifier, type Unit } from '@shuangjian/schema';
import type { Lang } from './types';

const integer = format(',d');
const decimal = format(',.2~f');

/** 3937 -> "3,937", 1620000 -> "1,620,000", 88.89 -> "88.89": grouped digits in both languages. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? integer(value) : decimal(value);
}

// No-break spaces keep "≥ 1,700 person-times" and "1,054 家机构" on one line.
const NBSP = '\u00A0';

// Same prefixes as the site's tables (site/src/lib/format.ts).
const PREFIX: Record<Qualifier, Record<Lang, string>> = {
  exact: { zh: '', en: '' },
  at_least: { zh: '≥', en: `≥${NBSP}` },
  approx: { zh: '约', en: `≈${NBSP}` },
};

// Words for screen readers, who may not voice ≥ and ≈.
const PREFIX_WORDS: Record<Qualifier, Record<Lang, string>> = {
  exact: { zh: '', en: '' },
  at_least: { zh: '不少于', en: `at least${NBSP}` },
  approx: { zh: '约', en: `about${NBSP}` },
};

const SINGULAR_EN: Partial<Record<Unit, string>> = {
  persons: 'person',
  'person-times': 'person-time',
  institutions: 'institution',
  'institution-visits': 'institution-visit',
  entities: 'institution or individual',
  leads: 'lead',
  cases: 'case',
  documents: 'document',
  'document-times': 'document-time',
  issues: 'issue',
  times: 'time',
  meetings: 'meeting',
  schools: 'school',
  departments: 'department',
  batches: 'batch',
  'phone-lines': 'phone line',
  organizations: 'organization',
  areas: 'area',
  counties: 'county or district',
  items: 'item',
  places: 'place',
  years: 'year',
};

/** The unit after a number, as the site shows it (UNITS): "人次", "家机构"; en singular for 1; CNY "yuan". */
export function unitText(unit: Unit, value: number, lang: Lang): string {
  if (unit === 'percent') return '%';
  if (lang === 'zh') return UNITS[unit].zh;
  if (unit === 'CNY') return 'yuan';
  return (value === 1 && SINGULAR_EN[unit]) || UNITS[unit].en;
}

export interface ValueParts {
  value: number;
  qualifier: Qualifier;
  unit: Unit;
}

/**
 * "≥1,700 人次", "约100,000 人", "≥ 1,700 person-times", "88.89%"; words: "at least 1,700
 * person-times". The spaces are no-break spaces.
 */
export function formatValue(v: ValueParts, lang: Lang, options: { words?: boolean } = {}): string {
  const prefix = (options.words ? PREFIX_WORDS : PREFIX)[v.qualifier][lang];
  const unit = unitText(v.unit, v.value, lang);
  const n = `${prefix}${formatNumber(v.value)}`;
  return v.unit === 'percent' ? `${n}%` : `${n}${NBSP}${unit}`;
}

const WORDING_EN: Record<string, string> = {
  今年以来: 'this year so far',
  累计: 'cumulative',
  两年来: 'past two years',
  暑期: 'summer holiday',
  截至目前: 'to date',
  现有: 'at present',
  现已: 'at present',
  原有: 'originally',
};

const KIND: Record<Period['kind'], Record<Lang, string>> = {
  as_of: { zh: '截至报告时', en: 'at the time of the report' },
  cumulative: { zh: '累计', en: 'cumulative' },
  year: { zh: '年度', en: 'within a year' },
  season: { zh: '假期', en: 'holiday season' },
  unspecified: { zh: '期间未说明', en: 'period not stated' },
};

/** A short period tag for a chart label: "今年以来" / "this year so far", "2022年" / "2022". */
export function periodTag(period: Period, lang: Lang): string {
  const w = period.wording;
  if (w && /^\d{4}$/u.test(w)) return lang === 'zh' ? `${w}年` : w;
  if (w && lang === 'zh') return w;
  if (w && WORDING_EN[w]) return WORDING_EN[w];
  return KIND[period.kind][lang];
}

/** Join list items: "合肥市、黄山市" / "Hefei, Huangshan". */
export function list(items: string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

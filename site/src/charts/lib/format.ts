import { format } from 'd3-format';
import { periodLabel } from '@shuangjian/indicators';
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
  nearly: { zh: '近', en: `nearly${NBSP}` },
};

// Words for screen readers, who may not voice ≥ and ≈.
const PREFIX_WORDS: Record<Qualifier, Record<Lang, string>> = {
  exact: { zh: '', en: '' },
  at_least: { zh: '不少于', en: `at least${NBSP}` },
  approx: { zh: '约', en: `about${NBSP}` },
  nearly: { zh: '接近', en: `nearly${NBSP}` },
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

/** A short period tag for a chart label: "今年以来" / "this year so far", "2022年" / "2022". */
export function periodTag(period: Period, lang: Lang): string {
  return periodLabel(period)[lang];
}

/** Join list items: "合肥市、黄山市" / "Hefei, Huangshan". */
export function list(items: string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

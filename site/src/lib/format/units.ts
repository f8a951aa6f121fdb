import { UNITS, type Unit } from '@shuangjian/schema';
import type { Lang } from '../../i18n/lang';
import { strings } from '../../i18n/strings';

/** The unit as a column or heading names it: "人次" / "person-times", "yuan (CNY)"; percent is "%". */
export function unitLabel(unit: Unit, lang: Lang): string {
  return unit === 'percent' ? '%' : UNITS[unit][lang];
}

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

const UNIT_TEXT = strings({
  zh: {
    many: (unit: Unit) => UNITS[unit].zh,
    one: (unit: Unit) => UNITS[unit].zh,
  },
  en: {
    many: (unit: Unit) => (unit === 'CNY' ? 'yuan' : UNITS[unit].en),
    one: (unit: Unit) => (unit === 'CNY' ? 'yuan' : SINGULAR_EN[unit] || UNITS[unit].en),
  },
});

/** The unit right after a value: "人次", "家机构"; en singular for 1, and CNY is "yuan"; percent "%". */
export function unitText(unit: Unit, value: number, lang: Lang): string {
  if (unit === 'percent') return '%';
  return value === 1 ? UNIT_TEXT[lang].one(unit) : UNIT_TEXT[lang].many(unit);
}

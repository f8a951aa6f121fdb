import { UNITS, type Unit } from '@shuangjian/schema';

// Bare classifiers a source may write instead of the unit's full Chinese label ("218所" for 218所学校).
const CLASSIFIERS: Record<Unit, readonly string[]> = {
  persons: ['名', '位'],
  'person-times': [],
  institutions: ['家', '个', '所'],
  'institution-visits': ['个次'],
  entities: ['个'],
  leads: ['条', '起'],
  cases: ['例', '件'],
  documents: ['件'],
  'document-times': [],
  issues: [],
  times: [],
  meetings: ['次'],
  schools: ['所'],
  departments: ['部门', '个'],
  batches: [],
  'phone-lines': ['部'],
  organizations: ['个'],
  areas: ['个'],
  counties: ['个'],
  items: ['个', '条'],
  places: ['个'],
  CNY: [],
  // The full-width sign, and percent written in words, where the word is part of raw and comes
  // before or inside the number: 百分之三十, 三分之一, 七成 (parseRaw reads them in percent).
  percent: ['％', '百分之', '分之', '成'],
  years: [],
};

/**
 * The measure words (`unit_zh`) a unit may be written with: its Chinese label in UNITS, or one of
 * the classifiers above. Any other word is an error (rule unit-zh): "3937人次" is not counted in
 * yuan. Add a classifier here when a source really counts a unit with it.
 */
export function measureWords(unit: Unit): readonly string[] {
  return [UNITS[unit].zh, ...CLASSIFIERS[unit]];
}

import { z } from 'zod';
import type { LocalizedText } from './text.js';

/** Every unit a figure may be counted in, with its Chinese and English label as shown after a number ("1,054 家机构", "1,054 institutions"). */
export const UNITS = {
  persons: { zh: '人', en: 'persons' },
  'person-times': { zh: '人次', en: 'person-times' },
  institutions: { zh: '家机构', en: 'institutions' },
  'institution-visits': { zh: '家次', en: 'institution-visits' },
  entities: { zh: '个机构和个人', en: 'institutions and individuals' },
  leads: { zh: '条线索', en: 'leads' },
  cases: { zh: '起', en: 'cases' },
  documents: { zh: '份', en: 'documents' },
  'document-times': { zh: '件次', en: 'document-times' },
  issues: { zh: '期', en: 'issues' },
  times: { zh: '次', en: 'times' },
  meetings: { zh: '次会议', en: 'meetings' },
  schools: { zh: '所学校', en: 'schools' },
  departments: { zh: '个部门', en: 'departments' },
  batches: { zh: '批', en: 'batches' },
  'phone-lines': { zh: '部电话', en: 'phone lines' },
  organizations: { zh: '个组织', en: 'organizations' },
  areas: { zh: '个片区', en: 'areas' },
  counties: { zh: '个县(区)', en: 'counties or districts' },
  items: { zh: '项', en: 'items' },
  places: { zh: '处', en: 'places' },
  CNY: { zh: '元', en: 'yuan (CNY)' },
  percent: { zh: '%', en: 'percent' },
  years: { zh: '年', en: 'years' },
} as const satisfies Record<string, LocalizedText>;

export type Unit = keyof typeof UNITS;

export const UnitSchema = z.enum(Object.keys(UNITS) as [Unit, ...Unit[]]).meta({
  description:
    'The unit a value is counted in (closed list). Money is in yuan (CNY); percent values are in percent (87.57, not 0.8757).',
});

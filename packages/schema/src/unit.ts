import { z } from 'zod';
import type { LocalizedText } from './text.js';

/** Every unit a figure may be counted in, with its Chinese and English label. */
export const UNITS = {
  persons: { zh: '人', en: 'persons' },
  'person-times': { zh: '人次', en: 'person-times' },
  institutions: { zh: '机构', en: 'institutions' },
  'institution-visits': { zh: '家次(机构检查次数)', en: 'institution-visits' },
  entities: { zh: '机构和个人', en: 'institutions and individuals' },
  leads: { zh: '条(线索)', en: 'leads' },
  cases: { zh: '起(案件)', en: 'cases' },
  documents: { zh: '份(件)', en: 'documents' },
  'document-times': { zh: '件次', en: 'document-times' },
  issues: { zh: '期', en: 'issues' },
  times: { zh: '次', en: 'times' },
  meetings: { zh: '次(会议)', en: 'meetings' },
  schools: { zh: '所(学校)', en: 'schools' },
  departments: { zh: '个部门', en: 'departments' },
  batches: { zh: '批', en: 'batches' },
  'phone-lines': { zh: '部(电话)', en: 'phone lines' },
  organizations: { zh: '个(组织)', en: 'organizations' },
  areas: { zh: '个(片区)', en: 'areas' },
  counties: { zh: '个县(区)', en: 'counties or districts' },
  items: { zh: '个(项)', en: 'items' },
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

import { periodLabel } from '@shuangjian/indicators';
import type { Period } from '@shuangjian/schema';
import { strings } from '../../i18n/strings';
import type { Lang } from './types';

const T = strings({ zh: { listSep: '、' }, en: { listSep: ', ' } });

// Numbers and values are formatted in one place for pages, charts, images and embeds:
// site/src/lib/format.ts. This file holds the chart-only wording helpers.

/** A short period tag for a chart label: "今年以来" / "this year so far", "2022年" / "2022". */
export function periodTag(period: Period, lang: Lang): string {
  return periodLabel(period)[lang];
}

/** Join list items: "合肥市、黄山市" / "Hefei, Huangshan". */
export function list(items: string[], lang: Lang): string {
  return items.join(T[lang].listSep);
}

// "Tip-offs (leads) received" reads as "tip-offs (leads) received" mid-sentence; acronyms stay.
export function sentenceCase(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

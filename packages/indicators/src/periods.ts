// One vocabulary for periods, used by compare()'s caveats, the site's tables and its charts.
import type { LocalizedText, Period } from '@shuangjian/schema';

/** What each kind of period means. */
export const PERIOD_KINDS: Readonly<Record<Period['kind'], LocalizedText>> = {
  as_of: { zh: '截至报告时', en: 'at the time of the report' },
  cumulative: { zh: '累计', en: 'cumulative' },
  year: { zh: '年度', en: 'within a year' },
  season: { zh: '假期', en: 'holiday season' },
  unspecified: { zh: '期间未说明', en: 'period not stated' },
};

/**
 * English for the period words of Chinese government reports, as the figure labels give them. A
 * wording not listed here is shown in English as the quoted Chinese with its kind as the gloss.
 */
export const PERIOD_WORDING_EN: Readonly<Record<string, string>> = {
  今年以来: 'this year so far',
  年初以来: 'since the start of the year',
  累计: 'cumulative',
  两年来: 'past two years',
  三年来: 'past three years',
  暑期: 'summer holiday',
  寒假: 'winter holiday',
  截至目前: 'to date',
  目前: 'at present',
  现有: 'at present',
  现已: 'at present',
  原有: 'originally',
  前三季度: 'first three quarters',
  上半年: 'first half of the year',
};

/** A period wording in English: its gloss, or the quoted Chinese where there is none. */
function wordingEn(wording: string): string {
  if (/^\d{4}$/u.test(wording)) return wording;
  return PERIOD_WORDING_EN[wording] ?? `“${wording}”`;
}

/** The short name of a period: its wording ("今年以来" / "this year so far"; "2022年" / "2022"), else its kind. */
export function periodLabel(period: Period): LocalizedText {
  const w = period.wording;
  if (!w) return PERIOD_KINDS[period.kind];
  const zh = /^\d{4}$/u.test(w) ? `${w}年` : w;
  const en =
    w in PERIOD_WORDING_EN || /^\d{4}$/u.test(w)
      ? wordingEn(w)
      : `${wordingEn(w)} (${PERIOD_KINDS[period.kind].en})`;
  return { zh, en };
}

/**
 * A period in words, one name wherever it is shown: its wording ("今年以来" / "this year so far"),
 * with the dates where the text fixes them and the wording is not the year itself
 * ("2022年" / "2022"); the kind where there is no wording ("期间未说明" / "period not stated"), and
 * in English beside a wording that has no gloss.
 */
export function describePeriod(period: Period): LocalizedText {
  const label = periodLabel(period);
  const year = period.wording !== null && /^\d{4}$/u.test(period.wording);
  if (!period.start || !period.end || year) return label;
  const dates = `${period.start}–${period.end}`;
  return { zh: `${label.zh}(${dates})`, en: `${label.en} (${dates})` };
}

/** A key that is equal for periods that can be compared as they stand. */
export function periodKey(period: Period): string {
  return `${period.kind}|${period.start ?? ''}|${period.end ?? ''}`;
}

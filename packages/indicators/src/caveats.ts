import type { Figure, Indicator, LocalizedText, Period } from '@shuangjian/schema';

/** Why a comparison row must be read with care. */
export type CaveatCode =
  | 'not_reported'
  | 'lower_bound'
  | 'approximate'
  | 'unit_differs'
  | 'periods_differ'
  | 'period_unspecified';

export interface Caveat {
  code: CaveatCode;
  message: LocalizedText;
}

const PERIOD_KIND: Record<Period['kind'], LocalizedText> = {
  as_of: { zh: '截至报告时的存量', en: 'a stock at the time of the report' },
  cumulative: { zh: '政策实施以来累计', en: 'cumulative since the policy began' },
  year: { zh: '年度', en: 'within a year' },
  season: { zh: '假期(季节)', en: 'within a holiday season' },
  unspecified: { zh: '未说明期间', en: 'period not stated' },
};

/** A period in words, e.g. "今年以来 (年度)" / "今年以来 (within a year)". */
export function describePeriod(period: Period): LocalizedText {
  const kind = PERIOD_KIND[period.kind];
  const dates = period.start && period.end ? ` ${period.start}–${period.end}` : '';
  return period.wording
    ? { zh: `${period.wording}(${kind.zh}${dates})`, en: `${period.wording} (${kind.en}${dates})` }
    : { zh: `${kind.zh}${dates}`, en: `${kind.en}${dates}` };
}

/** A key that is equal for periods that can be compared as they stand. */
export function periodKey(period: Period): string {
  return `${period.kind}|${period.start ?? ''}|${period.end ?? ''}`;
}

/** Caveats of one reported figure, given the indicator and whether the periods in the comparison differ. */
export function figureCaveats(
  figure: Figure,
  indicator: Indicator,
  periodsDiffer: boolean,
): Caveat[] {
  const caveats: Caveat[] = [];
  if (figure.qualifier === 'at_least') {
    caveats.push({
      code: 'lower_bound',
      message: {
        zh: `下限:原文为“${figure.raw}”,实际数不少于此值`,
        en: `Lower bound: written “${figure.raw}”, the true number is at least this`,
      },
    });
  }
  if (figure.qualifier === 'approx') {
    caveats.push({
      code: 'approximate',
      message: { zh: `约数:原文为“${figure.raw}”`, en: `Approximate: written “${figure.raw}”` },
    });
  }
  if (figure.unit !== indicator.unit) {
    caveats.push({
      code: 'unit_differs',
      message: {
        zh: `计量单位不同:本市为 ${figure.unit}(${figure.unit_zh}),指标为 ${indicator.unit}`,
        en: `Unit differs: this city counts ${figure.unit} (${figure.unit_zh}), the indicator ${indicator.unit}`,
      },
    });
  }
  const period = describePeriod(figure.period);
  if (figure.period.kind === 'unspecified') {
    caveats.push({
      code: 'period_unspecified',
      message: { zh: '原文未说明统计期间', en: 'The source does not state the period' },
    });
  } else if (periodsDiffer) {
    caveats.push({
      code: 'periods_differ',
      message: {
        zh: `统计期间与其他城市不同:${period.zh}`,
        en: `Period differs from other cities: ${period.en}`,
      },
    });
  }
  return caveats;
}

export const NOT_REPORTED: Caveat = {
  code: 'not_reported',
  message: { zh: '该市报告未提供此项数据(不是零)', en: 'Not reported by this city (not zero)' },
};

import { UNITS, type Figure, type Indicator, type LocalizedText } from '@shuangjian/schema';
import { describePeriod } from './periods.js';

/** Why a comparison row must be read with care. */
export type CaveatCode =
  | 'not_reported'
  | 'lower_bound'
  | 'approximate'
  | 'nearly'
  | 'unit_differs'
  | 'periods_differ'
  | 'period_unspecified'
  | 'definition_differs';

export interface Caveat {
  code: CaveatCode;
  message: LocalizedText;
}

/**
 * Caveats of one reported figure, given the indicator and whether the rows' periods are not one and
 * the same known period (then every reported row says how its period differs).
 */
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
  if (figure.qualifier === 'nearly') {
    caveats.push({
      code: 'nearly',
      message: {
        zh: `接近而不足:原文为“${figure.raw}”,实际数略少于此值`,
        en: `Nearly: written “${figure.raw}”, the true number is a little below this`,
      },
    });
  }
  if (figure.unit !== indicator.unit) {
    caveats.push({
      code: 'unit_differs',
      message: {
        zh: `计量单位不同:本市计“${UNITS[figure.unit].zh}”(原文“${figure.unit_zh}”),指标计“${UNITS[indicator.unit].zh}”`,
        en: `Unit differs: this city counts ${UNITS[figure.unit].en} (written ${figure.unit_zh}), the indicator ${UNITS[indicator.unit].en}`,
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
  if (indicator.definition_differences) {
    caveats.push({
      code: 'definition_differs',
      message: {
        zh: `各市定义不同:${indicator.definition_differences.zh}`,
        en: `Definitions differ: ${indicator.definition_differences.en}`,
      },
    });
  }
  return caveats;
}

export const NOT_REPORTED: Caveat = {
  code: 'not_reported',
  message: { zh: '该市报告未提供此项数据(不是零)', en: 'Not reported by this city (not zero)' },
};

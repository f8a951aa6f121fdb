// The home page's visual summary: the key indicators, city by city, with bars on one scale per
// indicator. Honest as on the indicator pages: a lower bound's bar is open at its end, a row whose
// unit differs from the indicator's gets no bar, a city that does not report gets no bar (never
// zero), and periods that differ are named on every row and flagged on the card.
import { periodLabel, type ComparisonRow } from '@shuangjian/indicators';
import type { City, Indicator } from '@shuangjian/schema';
import type { Lang } from '../../i18n/lang';
import { formatValue } from '../format';

export interface SummaryRow {
  city: City;
  /** The figure page, or null when the city does not report the indicator. */
  figure: { city: string; id: string } | null;
  /** The value as readers see it ("3937人次", "≥ 1,700 person-times"). */
  value: string | null;
  /** The period's short name ("今年以来", "cumulative"). */
  period: string | null;
  /** Bar length as a percentage of the card's largest comparable value; null: no bar. */
  bar: number | null;
  /** A lower bound (余, 多, 以上): the bar is drawn open at its end. */
  open: boolean;
}

export interface SummaryCard {
  indicator: Indicator;
  rows: SummaryRow[];
  /** The reporting cities give different kinds of period: not like for like. */
  periodsDiffer: boolean;
  /** Some row is in a unit other than the indicator's, and has no bar. */
  unitsDiffer: boolean;
}

const has = (r: ComparisonRow, code: string) => r.caveats.some((c) => c.code === code);

/** One card: the rows of compare() for an indicator, with bars on one scale. */
export function summaryCard(
  indicator: Indicator,
  rows: readonly ComparisonRow[],
  lang: Lang,
): SummaryCard {
  const comparable = (r: ComparisonRow) => r.reported && r.unit === indicator.unit;
  const max = Math.max(0, ...rows.filter(comparable).map((r) => r.value!));
  return {
    indicator,
    rows: rows.map((r) => ({
      city: r.city,
      figure: r.reported ? { city: r.figure.city, id: r.figure.id } : null,
      value: r.reported ? formatValue(r.figure, lang) : null,
      period: r.reported ? periodLabel(r.period)[lang] : null,
      bar: comparable(r) && max > 0 ? Math.round((r.value! / max) * 1000) / 10 : null,
      open: r.reported && r.qualifier === 'at_least',
    })),
    periodsDiffer: rows.some((r) => has(r, 'periods_differ')),
    unitsDiffer: rows.some((r) => r.reported && r.unit !== indicator.unit),
  };
}

/**
 * The key indicators for the home page: those the most cities report, in catalogue order within a
 * count, at most `limit`.
 */
export function keyIndicators(
  catalogue: readonly Indicator[],
  comparisonOf: (id: string) => readonly ComparisonRow[],
  limit: number,
): Indicator[] {
  const reporting = (i: Indicator) => comparisonOf(i.id).filter((r) => r.reported).length;
  return catalogue
    .map((indicator, order) => ({ indicator, order, n: reporting(indicator) }))
    .sort((a, b) => b.n - a.n || a.order - b.order)
    .slice(0, limit)
    .map((x) => x.indicator);
}

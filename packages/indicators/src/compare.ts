import type { City, Figure, Indicator, Period, Qualifier, Unit } from '@shuangjian/schema';
import { NOT_REPORTED, figureCaveats, periodKey, type Caveat } from './caveats.js';
import { getIndicator } from './catalogue.js';

/** What compare() needs of a city dataset (a city package's `dataset`). */
export interface ComparableDataset {
  city: City;
  figures: readonly Figure[];
}

/** One city in a comparison. A city that does not report the indicator has value null, never 0. */
export type ComparisonRow =
  | {
      city: City;
      reported: true;
      figure: Figure;
      value: number;
      qualifier: Qualifier;
      unit: Unit;
      period: Period;
      caveats: Caveat[];
    }
  | {
      city: City;
      reported: false;
      figure: null;
      value: null;
      qualifier: null;
      unit: null;
      period: null;
      caveats: Caveat[];
    };

/** One row per dataset, in the order given, with the caveats a reader needs to compare them. */
export function compare(
  indicatorId: string,
  datasets: readonly ComparableDataset[],
): ComparisonRow[] {
  const indicator: Indicator | undefined = getIndicator(indicatorId);
  if (!indicator) throw new Error(`compare: unknown indicator "${indicatorId}"`);
  const found = datasets.map((d) => {
    const matches = d.figures.filter((f) => f.indicator === indicatorId);
    if (matches.length > 1)
      throw new Error(
        `compare: ${d.city.slug} has ${matches.length} figures for "${indicatorId}"; expected at most one`,
      );
    return { city: d.city, figure: matches[0] };
  });
  const periods = new Set(
    found.flatMap(({ figure }) =>
      figure && figure.period.kind !== 'unspecified' ? [periodKey(figure.period)] : [],
    ),
  );
  const periodsDiffer = periods.size > 1;
  return found.map(({ city, figure }): ComparisonRow =>
    figure
      ? {
          city,
          reported: true,
          figure,
          value: figure.value,
          qualifier: figure.qualifier,
          unit: figure.unit,
          period: figure.period,
          caveats: figureCaveats(figure, indicator, periodsDiffer),
        }
      : {
          city,
          reported: false,
          figure: null,
          value: null,
          qualifier: null,
          unit: null,
          period: null,
          caveats: [NOT_REPORTED],
        },
  );
}

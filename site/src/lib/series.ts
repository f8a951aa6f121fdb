// Figures of one indicator from several reports of a city: its series, from compare()'s rows. The
// indicator page lists the cities that have one, the city page its indicators that have one, and
// a figure page the other reports' figures of its series. Pure: the pages pass compare()'s rows.
import type { ComparisonRow, SeriesPoint } from '@shuangjian/indicators';
import type { City, Figure, Period, Unit } from '@shuangjian/schema';

/** A city's figures of an indicator from two or more reports, oldest first. */
export interface CitySeries {
  city: City;
  indicator: string;
  points: SeriesPoint[];
}

/** Why a series is not drawn on one scale; null when it is. */
export type NoSharedScale =
  | { reason: 'units'; units: Unit[] }
  | { reason: 'period-kinds'; kinds: Period['kind'][] }
  | { reason: 'period-unstated' };

/** The cities of a comparison whose indicator comes from two or more reports, in row order. */
export function seriesOfRows(indicator: string, rows: readonly ComparisonRow[]): CitySeries[] {
  return rows.flatMap((r) =>
    r.reported && r.series.length > 1 ? [{ city: r.city, indicator, points: r.series }] : [],
  );
}

/**
 * A city's series, one per indicator it states in two or more reports, in the order of `ids`
 * (the catalogue's); `rowsOf` gives compare()'s rows of an indicator.
 */
export function seriesOfCity(
  slug: string,
  ids: readonly string[],
  rowsOf: (id: string) => readonly ComparisonRow[],
): CitySeries[] {
  return ids.flatMap((id) =>
    seriesOfRows(
      id,
      rowsOf(id).filter((r) => r.city.slug === slug),
    ),
  );
}

/**
 * The same measure in the city's other reports: the other points of the figure's series, oldest
 * first; empty for a figure without an indicator or with a series of one.
 */
export function otherReports(
  figure: Figure,
  rowsOf: (id: string) => readonly ComparisonRow[],
): SeriesPoint[] {
  if (figure.indicator === null) return [];
  const row = rowsOf(figure.indicator).find((r) => r.city.slug === figure.city);
  const points = row?.series ?? [];
  if (!points.some((p) => p.figure.id === figure.id)) return [];
  return points.filter((p) => p.figure.id !== figure.id);
}

/**
 * Why a series cannot be drawn on one scale, or null when it can: only when every figure counts in one unit and every
 * period is of one stated kind (a report's 今年以来 and the next report's are both "within a year";
 * 今年以来 beside 截至目前 are not the same measure of time, and an unstated period is unknown).
 */
export function whyNoSharedScale(points: readonly SeriesPoint[]): NoSharedScale | null {
  const units = [...new Set(points.map((p) => p.figure.unit))];
  if (units.length > 1) return { reason: 'units', units };
  if (points.some((p) => p.figure.period.kind === 'unspecified'))
    return { reason: 'period-unstated' };
  const kinds = [...new Set(points.map((p) => p.figure.period.kind))];
  if (kinds.length > 1) return { reason: 'period-kinds', kinds };
  return null;
}

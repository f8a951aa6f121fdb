// City datasets with more than one report, for the tests of series (lib/series.ts) and their
// chart (charts/indicator-over-time.ts). Invented cities and values: fixtures, never published.
import type { ComparableDataset } from '@shuangjian/indicators';
import type { City, Figure, Period } from '@shuangjian/schema';
import { cityA, cityB, cityC, figure } from '../../charts/__fixtures__/figures';

export const PERSONNEL = 'enforcement.personnel-dispatched';
export const GRID = 'grid.workers';

const year: Period = { wording: '今年以来', kind: 'year', start: null, end: null };
const asOf: Period = { wording: '截至目前', kind: 'as_of', start: null, end: null };
const unstated: Period = { wording: null, kind: 'unspecified', start: null, end: null };

/** A city's reports, each with its id and date. */
function reports(city: City, dates: string[]) {
  return dates.map((date) => ({ id: `${city.slug}-${date}`, republication: { date } }));
}

/** A figure of a report (`date` names its source). */
function reported(city: City, id: string, date: string, overrides: Partial<Figure>): Figure {
  return figure(city, id, { source: `${city.slug}-${date}`, ...overrides });
}

/**
 * City A: two reports (2023, 2024). Personnel in both, the later a lower bound, both "within a
 * year": one scale. Grid workers in both, the first with no stated period, the second "as of".
 * City B: one report, personnel only. City C: three reports; personnel in 2023 (person-times) and
 * 2025 (persons): two units; grid workers "as of" in 2023 and "within a year" in 2024.
 */
export function datasets(): ComparableDataset[] {
  const a: ComparableDataset = {
    city: cityA,
    sources: reports(cityA, ['2024-09-27', '2023-09-27']),
    figures: [
      reported(cityA, 'personnel', '2023-09-27', {
        indicator: PERSONNEL,
        value: 3937,
        raw: '3937',
        unit: 'person-times',
        unit_zh: '人次',
        period: year,
      }),
      reported(cityA, 'grid', '2023-09-27', {
        indicator: GRID,
        value: 1713,
        raw: '1713',
        period: unstated,
      }),
      reported(cityA, 'no-indicator', '2023-09-27', { value: 5 }),
      reported(cityA, 'personnel-2024', '2024-09-27', {
        indicator: PERSONNEL,
        value: 4321,
        raw: '4321余',
        qualifier: 'at_least',
        unit: 'person-times',
        unit_zh: '人次',
        period: year,
      }),
      reported(cityA, 'grid-2024', '2024-09-27', {
        indicator: GRID,
        value: 1800,
        raw: '1800',
        period: asOf,
      }),
    ],
  };
  const b: ComparableDataset = {
    city: cityB,
    sources: reports(cityB, ['2023-09-27']),
    figures: [
      reported(cityB, 'personnel', '2023-09-27', {
        indicator: PERSONNEL,
        value: 1700,
        unit: 'person-times',
        period: year,
      }),
    ],
  };
  const c: ComparableDataset = {
    city: cityC,
    sources: reports(cityC, ['2023-09-27', '2024-09-27', '2025-09-27']),
    figures: [
      reported(cityC, 'personnel', '2023-09-27', {
        indicator: PERSONNEL,
        value: 100,
        unit: 'person-times',
        period: year,
      }),
      reported(cityC, 'grid', '2023-09-27', { indicator: GRID, value: 50, period: asOf }),
      reported(cityC, 'grid-2024', '2024-09-27', { indicator: GRID, value: 60, period: year }),
      reported(cityC, 'personnel-2025', '2025-09-27', {
        indicator: PERSONNEL,
        value: 120,
        unit: 'persons',
        period: year,
      }),
    ],
  };
  return [a, b, c];
}

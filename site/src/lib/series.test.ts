import { compare, type IndicatorId } from '@shuangjian/indicators';
import { describe, expect, it } from 'vitest';
import { datasets, GRID, PERSONNEL } from './__fixtures__/series';
import { otherReports, seriesOfCity, seriesOfRows, whyNoSharedScale } from './series';

const all = datasets();
const rowsOf = (id: string) => compare(id as IndicatorId, all);
const ids = (points: { figure: { id: string } }[]) => points.map((p) => p.figure.id);
const figureOf = (city: number, id: string) => all[city]!.figures.find((f) => f.id === id)!;

describe('seriesOfRows', () => {
  it('lists the cities with the indicator in two or more reports, in row order, oldest first', () => {
    const series = seriesOfRows(PERSONNEL, rowsOf(PERSONNEL));
    expect(series.map((s) => [s.city.slug, s.indicator, ids(s.points)])).toEqual([
      ['city-a', PERSONNEL, ['personnel', 'personnel-2024']],
      ['city-c', PERSONNEL, ['personnel', 'personnel-2025']],
    ]);
    expect(series[0]!.points.map((p) => p.source)).toEqual([
      { id: 'city-a-2023-09-27', date: '2023-09-27' },
      { id: 'city-a-2024-09-27', date: '2024-09-27' },
    ]);
  });

  it('is empty where every city has one report (today’s data)', () => {
    const single = all.map((d) => ({
      ...d,
      figures: d.figures.filter((f) => f.source.endsWith('2023-09-27')),
    }));
    expect(seriesOfRows(PERSONNEL, compare(PERSONNEL, single))).toEqual([]);
  });
});

describe('seriesOfCity', () => {
  it("gives a city's series, one per indicator with two or more reports, in the order of the ids", () => {
    expect(seriesOfCity('city-a', [GRID, PERSONNEL], rowsOf).map((s) => s.indicator)).toEqual([
      GRID,
      PERSONNEL,
    ]);
    expect(seriesOfCity('city-a', [PERSONNEL, GRID], rowsOf).map((s) => s.indicator)).toEqual([
      PERSONNEL,
      GRID,
    ]);
    expect(seriesOfCity('city-b', [PERSONNEL, GRID], rowsOf)).toEqual([]);
    expect(seriesOfCity('city-c', [PERSONNEL, GRID], rowsOf).map((s) => s.city.slug)).toEqual([
      'city-c',
      'city-c',
    ]);
  });
});

describe('otherReports', () => {
  it("gives a figure the other reports' figures of its series, oldest first", () => {
    expect(ids(otherReports(figureOf(0, 'personnel'), rowsOf))).toEqual(['personnel-2024']);
    expect(ids(otherReports(figureOf(0, 'personnel-2024'), rowsOf))).toEqual(['personnel']);
    expect(otherReports(figureOf(0, 'personnel-2024'), rowsOf)[0]!.source.date).toBe('2023-09-27');
  });

  it('gives none to a figure without an indicator or in a series of one', () => {
    expect(otherReports(figureOf(0, 'no-indicator'), rowsOf)).toEqual([]);
    expect(otherReports(figureOf(1, 'personnel'), rowsOf)).toEqual([]);
  });
});

describe('whyNoSharedScale', () => {
  const seriesOf = (id: string, city: string) =>
    seriesOfRows(id, rowsOf(id)).find((s) => s.city.slug === city)!.points;

  it('shares a scale: one unit, one stated kind of period (a lower bound among them)', () => {
    expect(whyNoSharedScale(seriesOf(PERSONNEL, 'city-a'))).toBeNull();
  });

  it('shares none across units', () => {
    expect(whyNoSharedScale(seriesOf(PERSONNEL, 'city-c'))).toEqual({
      reason: 'units',
      units: ['person-times', 'persons'],
    });
  });

  it('shares none across kinds of period, nor where a period is not stated', () => {
    expect(whyNoSharedScale(seriesOf(GRID, 'city-c'))).toEqual({
      reason: 'period-kinds',
      kinds: ['as_of', 'year'],
    });
    expect(whyNoSharedScale(seriesOf(GRID, 'city-a'))).toEqual({ reason: 'period-unstated' });
  });
});

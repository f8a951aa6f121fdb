// compare() on cities with more than one report: the row is the latest figure, `series` every
// figure oldest first. The later reports here are fixtures made in memory from Hefei's real
// figures (invented values, never published).
import { dataset as bengbu } from '@shuangjian/bengbu';
import { dataset as hefei } from '@shuangjian/hefei';
import { dataset as huangshan } from '@shuangjian/huangshan';
import type { Figure, Period } from '@shuangjian/schema';
import { describe, expect, it } from 'vitest';
import { compare, indicators, type ComparableDataset, type IndicatorId } from './index.js';

const PERSONNEL = 'enforcement.personnel-dispatched';
const FIRST = hefei.sources[0]!;
const real = (indicator: string) => hefei.figures.find((f) => f.indicator === indicator)!;

/** A report of Hefei: its id and date, as a city package's dataset lists its sources. */
const report = (id: string, date: string) => ({
  ...FIRST,
  id,
  republication: { ...FIRST.republication, date },
});

/** Hefei's figure of an indicator as a later report states it (an invented value). */
function later(
  indicator: string,
  source: string,
  value: number,
  extra: Partial<Figure> = {},
): Figure {
  const f = real(indicator);
  return {
    ...f,
    id: `${f.id}-${source}`,
    global_id: `hefei/${f.id}-${source}`,
    source,
    value,
    raw: String(value),
    ...extra,
  };
}

/** Hefei with more reports and their figures (figures in the order given, not by date). */
function hefeiWith(sources: { id: string; date: string }[], figures: Figure[]): ComparableDataset {
  return {
    city: hefei.city,
    sources: [...hefei.sources, ...sources.map((s) => report(s.id, s.date))],
    figures: [...figures, ...hefei.figures],
  };
}

const hefeiRow = (id: IndicatorId, datasets: readonly ComparableDataset[]) =>
  compare(id, datasets).find((r) => r.city.slug === 'hefei')!;

describe('compare() series: today’s data (one report per city)', () => {
  it.each(indicators.map((i) => i.id as IndicatorId))(
    '%s: every reported row has a series of one, its own figure and source; others none',
    (id) => {
      for (const row of compare(id, [hefei, huangshan, bengbu])) {
        if (!row.reported) {
          expect(row.series).toEqual([]);
          continue;
        }
        const source = [hefei, huangshan, bengbu]
          .find((d) => d.city.slug === row.city.slug)!
          .sources.find((s) => s.id === row.figure.source)!;
        expect(row.series).toEqual([
          { figure: row.figure, source: { id: source.id, date: source.republication.date } },
        ]);
      }
    },
  );
});

describe('compare() series: a city with two reports', () => {
  const next = later(PERSONNEL, 'hefei-2024-09-27', 4321);
  const two = hefeiWith([{ id: 'hefei-2024-09-27', date: '2024-09-27' }], [next]);

  it('compares the latest figure, with the same fields as before', () => {
    const row = hefeiRow(PERSONNEL, [two, huangshan, bengbu]);
    expect(row.reported).toBe(true);
    expect(row.figure).toBe(next);
    expect([row.value, row.qualifier, row.unit, row.period]).toEqual([
      4321,
      next.qualifier,
      next.unit,
      next.period,
    ]);
  });

  it('lists every figure of the city in `series`, oldest first, with its report', () => {
    const row = hefeiRow(PERSONNEL, [two]);
    expect(row.series.map((p) => [p.figure.value, p.source])).toEqual([
      [3937, { id: 'hefei-2023-09-27', date: '2023-09-27' }],
      [4321, { id: 'hefei-2024-09-27', date: '2024-09-27' }],
    ]);
    expect(row.series.at(-1)!.figure).toBe(row.figure);
  });

  it('keeps one row per city, in the order given, and series of one for the others', () => {
    const rows = compare(PERSONNEL, [huangshan, two, bengbu]);
    expect(rows.map((r) => [r.city.slug, r.series.length])).toEqual([
      ['huangshan', 1],
      ['hefei', 2],
      ['bengbu', 1],
    ]);
  });

  it('orders by republication date, not by source id nor by the order of the figures', () => {
    // This id sorts before hefei-2023-09-27, but its report is the later one.
    const d = hefeiWith(
      [{ id: 'hefei-0-later', date: '2024-09-27' }],
      [later(PERSONNEL, 'hefei-0-later', 4321)],
    );
    const row = hefeiRow(PERSONNEL, [d]);
    expect(row.series.map((p) => p.source.id)).toEqual(['hefei-2023-09-27', 'hefei-0-later']);
    expect(row.value).toBe(4321);
  });

  it('orders reports of one date by id', () => {
    const d = hefeiWith(
      [
        { id: 'hefei-2024-b', date: '2024-09-27' },
        { id: 'hefei-2024-a', date: '2024-09-27' },
      ],
      [later(PERSONNEL, 'hefei-2024-b', 2), later(PERSONNEL, 'hefei-2024-a', 1)],
    );
    expect(hefeiRow(PERSONNEL, [d]).series.map((p) => p.figure.value)).toEqual([3937, 1, 2]);
    expect(hefeiRow(PERSONNEL, [d]).value).toBe(2);
  });

  it('takes the latest report that states the indicator, skipping a later one that does not', () => {
    // The 2025 report states grid workers only: enforcement staff still come from 2024.
    const d = hefeiWith(
      [
        { id: 'hefei-2024', date: '2024-09-27' },
        { id: 'hefei-2025', date: '2025-09-27' },
      ],
      [later(PERSONNEL, 'hefei-2024', 4321), later('grid.workers', 'hefei-2025', 1800)],
    );
    expect(hefeiRow(PERSONNEL, [d]).series.map((p) => p.source.id)).toEqual([
      'hefei-2023-09-27',
      'hefei-2024',
    ]);
    expect(hefeiRow('grid.workers', [d]).series.map((p) => p.source.id)).toEqual([
      'hefei-2023-09-27',
      'hefei-2025',
    ]);
  });

  it('judges caveats on the latest figures only', () => {
    // Hefei's 2023 figure has no stated period; its later one states Huangshan's very period, so
    // the compared rows are one known period and no row says the periods differ.
    const hs = huangshan.figures.find((f) => f.indicator === 'leads.received')!;
    const period: Period = hs.period;
    const d = hefeiWith(
      [{ id: 'hefei-2024-09-27', date: '2024-09-27' }],
      [later('leads.received', 'hefei-2024-09-27', 1000, { period })],
    );
    expect(real('leads.received').period.kind).toBe('unspecified');
    const rows = compare('leads.received', [d, huangshan]);
    for (const r of rows) {
      const codes = r.caveats.map((c) => c.code);
      expect(codes, r.city.slug).not.toContain('periods_differ');
      expect(codes, r.city.slug).not.toContain('period_unspecified');
    }
    // Against the 2023 report alone they do differ.
    const before = compare('leads.received', [hefei, huangshan]).map((r) =>
      r.caveats.map((c) => c.code),
    );
    expect(before.flat()).toContain('period_unspecified');
  });
});

describe('compare() series: what it refuses', () => {
  it('two figures of one indicator in one source, naming both and the source', () => {
    const f = real(PERSONNEL);
    const d = { city: hefei.city, sources: hefei.sources, figures: [f, { ...f, id: 'copy' }] };
    expect(() => compare(PERSONNEL, [d])).toThrow(
      new Error(
        `compare: hefei has 2 figures for "${PERSONNEL}" in source "hefei-2023-09-27" (${f.id}, copy); expected at most one per source`,
      ),
    );
  });

  it('several figures without the sources to order them, saying what to pass', () => {
    const d = {
      city: hefei.city,
      figures: [real(PERSONNEL), later(PERSONNEL, 'hefei-2024-09-27', 4321)],
    };
    expect(() => compare(PERSONNEL, [d])).toThrow(
      /has 2 figures for "enforcement\.personnel-dispatched" \(from hefei-2023-09-27, hefei-2024-09-27\), but its dataset has no sources to order them by date; pass the city package's dataset$/,
    );
  });

  it('a figure whose source is not among the dataset’s sources', () => {
    const d = {
      city: hefei.city,
      sources: hefei.sources,
      figures: [later(PERSONNEL, 'nowhere', 1)],
    };
    expect(() => compare(PERSONNEL, [d])).toThrow(
      /hefei\/enforcement-personnel-dispatched-nowhere names source "nowhere", which is not among the dataset's sources/,
    );
  });

  it('sources that are not an array', () => {
    const d = {
      city: hefei.city,
      figures: hefei.figures,
      sources: {},
    } as unknown as ComparableDataset;
    expect(() => compare(PERSONNEL, [d])).toThrow(TypeError);
  });

  it('still takes a dataset without sources that has one figure of the indicator (its date unknown)', () => {
    const f = real(PERSONNEL);
    const [row] = compare(PERSONNEL, [{ city: hefei.city, figures: [f] }]);
    expect(row!.figure).toBe(f);
    expect(row!.series).toEqual([{ figure: f, source: { id: f.source, date: null } }]);
  });
});

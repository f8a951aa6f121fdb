// The home page's summary: which indicators, and bars that are honest about what they show.
import type { ComparisonRow } from '@shuangjian/indicators';
import { describe, expect, it } from 'vitest';
import { keyIndicators, summaryCard } from '../../../src/lib/home/summary';
import { INDICATORS, comparison } from '../../../src/lib/site-data';

const reporting = (id: string) => comparison(id).filter((r) => r.reported).length;

describe('keyIndicators', () => {
  it('takes the indicators the most cities report, in catalogue order within a count', () => {
    const key = keyIndicators(INDICATORS, comparison, 6);
    expect(key).toHaveLength(Math.min(6, INDICATORS.length));
    const rest = INDICATORS.filter((i) => !key.includes(i));
    const least = Math.min(...key.map((i) => reporting(i.id)));
    for (const i of rest) expect(reporting(i.id)).toBeLessThanOrEqual(least);
    for (let k = 1; k < key.length; k++)
      if (reporting(key[k]!.id) === reporting(key[k - 1]!.id))
        expect(INDICATORS.indexOf(key[k]!)).toBeGreaterThan(INDICATORS.indexOf(key[k - 1]!));
  });
});

describe('summaryCard on every indicator', () => {
  it.each(INDICATORS.map((i) => [i.id, i] as const))('%s', (_, indicator) => {
    const rows = comparison(indicator.id);
    for (const lang of ['zh', 'en'] as const) {
      const card = summaryCard(indicator, rows, lang);
      expect(card.rows.map((r) => r.city.slug)).toEqual(rows.map((r) => r.city.slug));
      card.rows.forEach((row, n) => {
        const r = rows[n]!;
        if (!r.reported) {
          // Not reported: no value and no bar, never a zero.
          expect(row).toMatchObject({ figure: null, value: null, bar: null, open: false });
          return;
        }
        expect(row.value).not.toBe('');
        expect(row.open).toBe(r.qualifier === 'at_least');
        if (r.unit !== indicator.unit) expect(row.bar).toBeNull();
        else expect(row.bar).toBeGreaterThan(0);
      });
      const bars = card.rows.flatMap((r) => (r.bar === null ? [] : [r.bar]));
      if (bars.length > 0) expect(Math.max(...bars)).toBe(100);
      expect(card.periodsDiffer).toBe(
        rows.some((r) => r.caveats.some((c) => c.code === 'periods_differ')),
      );
    }
  });
});

describe('summaryCard', () => {
  const indicator = INDICATORS.find((i) => reporting(i.id) >= 2)!;
  const rows = comparison(indicator.id);

  it('draws no bar for a row in another unit, and says so', () => {
    const i = rows.findIndex((r) => r.reported);
    const other = rows.map((r, n) =>
      n === i && r.reported ? ({ ...r, unit: 'items' } as ComparisonRow) : r,
    );
    const card = summaryCard(
      { ...indicator, unit: indicator.unit === 'items' ? 'times' : indicator.unit },
      other,
      'en',
    );
    expect(card.rows[i]!.bar).toBeNull();
    expect(card.unitsDiffer).toBe(true);
  });

  it('scales bars to the largest comparable value, a lower bound open at its end', () => {
    const reported = rows.filter((r) => r.reported);
    const max = Math.max(...reported.map((r) => r.value!));
    const card = summaryCard(indicator, rows, 'zh');
    card.rows.forEach((row, n) => {
      const r = rows[n]!;
      if (r.reported && r.unit === indicator.unit)
        expect(row.bar).toBeCloseTo((r.value / max) * 100, 1);
    });
    const bound = rows.map((r) =>
      r.reported ? ({ ...r, qualifier: 'at_least' } as ComparisonRow) : r,
    );
    expect(
      summaryCard(indicator, bound, 'zh')
        .rows.filter((r) => r.figure)
        .every((r) => r.open),
    ).toBe(true);
  });
});

import { dataset as bengbu } from '@shuangjian/bengbu';
import { dataset as hefei } from '@shuangjian/hefei';
import { dataset as huangshan } from '@shuangjian/huangshan';
import { describe, expect, it } from 'vitest';
import { compare, getIndicator, indicators } from './index.js';

const all = [hefei, huangshan, bengbu];
const codes = (row: { caveats: { code: string }[] }) => row.caveats.map((c) => c.code);

describe('catalogue', () => {
  it('defines each indicator in both languages, and each is reported by two or more cities', () => {
    expect(indicators.length).toBeGreaterThanOrEqual(10);
    for (const i of indicators) {
      expect(
        i.name.zh &&
          i.name.en &&
          i.definition.zh &&
          i.definition.en &&
          i.comparability.zh &&
          i.comparability.en,
      ).toBeTruthy();
      const reporting = compare(i.id, all).filter((r) => r.reported);
      expect(reporting.length, i.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('looks indicators up by id', () => {
    expect(getIndicator('enforcement.personnel-dispatched')?.unit).toBe('person-times');
    expect(getIndicator('nope.nope')).toBeUndefined();
  });
});

describe('compare', () => {
  it('returns one row per city, in the order given, with value, qualifier and period', () => {
    const rows = compare('enforcement.personnel-dispatched', all);
    expect(rows.map((r) => r.city.slug)).toEqual(['hefei', 'huangshan', 'bengbu']);
    expect(rows.map((r) => [r.value, r.qualifier])).toEqual([
      [3937, 'exact'],
      [1700, 'at_least'],
      [2700, 'at_least'],
    ]);
  });

  it('flags lower bounds and differing periods', () => {
    const [hf, hs] = compare('enforcement.personnel-dispatched', all);
    expect(codes(hs!)).toContain('lower_bound');
    expect(codes(hf!)).not.toContain('lower_bound');
    expect(hf!.period!.kind).not.toBe(hs!.period!.kind);
    expect(codes(hf!)).toContain('periods_differ');
    expect(codes(hs!)).toContain('periods_differ');
  });

  it('says "not reported" with a null value, never zero', () => {
    const rows = compare('meetings.coordination', all);
    const missing = rows.find((r) => r.city.slug === 'hefei')!;
    expect(missing.reported).toBe(false);
    expect(missing.value).toBeNull();
    expect(codes(missing)).toEqual(['not_reported']);
    expect(missing.caveats[0]!.message.en).toMatch(/not zero/);
  });

  it('flags a unit that differs from the indicator', () => {
    const rows = compare('inspection.institutions-inspected', all);
    const bb = rows.find((r) => r.city.slug === 'bengbu')!;
    expect(bb.unit).toBe('institutions');
    expect(codes(bb)).toContain('unit_differs');
    expect(codes(rows.find((r) => r.city.slug === 'hefei')!)).not.toContain('unit_differs');
  });

  it('does not say periods differ when they are the same', () => {
    const f = hefei.figures.find((x) => x.indicator === 'enforcement.personnel-dispatched')!;
    const twin = { city: { ...hefei.city, slug: 'twin' }, figures: [{ ...f, city: 'twin' }] };
    const rows = compare('enforcement.personnel-dispatched', [hefei, twin]);
    for (const r of rows) expect(codes(r)).not.toContain('periods_differ');
  });

  it('rejects an unknown indicator and a city with two figures for one indicator', () => {
    expect(() => compare('nope.nope', all)).toThrow(/unknown indicator/);
    const f = hefei.figures.find((x) => x.indicator === 'grid.workers')!;
    expect(() =>
      compare('grid.workers', [{ city: hefei.city, figures: [f, { ...f, id: 'copy' }] }]),
    ).toThrow(/2 figures/);
  });
});

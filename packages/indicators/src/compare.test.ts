import { dataset as bengbu } from '@shuangjian/bengbu';
import { dataset as hefei } from '@shuangjian/hefei';
import { dataset as huangshan } from '@shuangjian/huangshan';
import { describe, expect, it } from 'vitest';
import type { Figure } from '@shuangjian/schema';
import {
  compare,
  getIndicator,
  INDICATOR_IDS,
  indicators,
  periodLabel,
  type CaveatCode,
  type ComparableDataset,
  type IndicatorId,
} from './index.js';

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
    expect(() => compare('nope.nope' as IndicatorId, all)).toThrow(/unknown indicator/);
    const f = hefei.figures.find((x) => x.indicator === 'grid.workers')!;
    expect(() =>
      compare('grid.workers', [{ city: hefei.city, figures: [f, { ...f, id: 'copy' }] }]),
    ).toThrow(/2 figures/);
  });
});

describe('compare() caveats on the 12 real indicators', () => {
  const PERIOD_CODES: CaveatCode[] = ['periods_differ', 'period_unspecified'];
  const seen = new Set<string>();
  const ids = indicators.map((i) => i.id as IndicatorId);

  it.each(ids)('%s: every row carries every caveat that applies, and no other', (id) => {
    const indicator = getIndicator(id)!;
    const rows = compare(id, all);
    const reported = rows.flatMap((r) => (r.reported ? [r.figure] : []));
    const samePeriod =
      reported.every((f) => f.period.kind !== 'unspecified') &&
      new Set(reported.map((f) => JSON.stringify([f.period.kind, f.period.start, f.period.end])))
        .size === 1;
    for (const row of rows) {
      const got = codes(row);
      got.forEach((c) => seen.add(c));
      if (!row.reported) {
        expect(got, row.city.slug).toEqual(['not_reported']);
        continue;
      }
      const f: Figure = row.figure;
      const want: CaveatCode[] = [];
      if (f.qualifier === 'at_least') want.push('lower_bound');
      if (f.qualifier === 'approx') want.push('approximate');
      if (f.qualifier === 'nearly') want.push('nearly');
      if (f.unit !== indicator.unit) want.push('unit_differs');
      if (f.period.kind === 'unspecified') want.push('period_unspecified');
      else if (!samePeriod) want.push('periods_differ');
      if (indicator.definition_differences) want.push('definition_differs');
      expect(got, `${id} ${row.city.slug}`).toEqual(want);
      // Two or more cities whose periods are not one known period: every row says so.
      if (reported.length > 1 && !samePeriod)
        expect(
          got.some((c) => PERIOD_CODES.includes(c)),
          `${id} ${row.city.slug}`,
        ).toBe(true);
    }
  });

  it('uses every caveat kind somewhere in the catalogue', () => {
    for (const id of ids) compare(id, all).forEach((r) => codes(r).forEach((c) => seen.add(c)));
    expect([...seen].sort()).toEqual(
      [
        'definition_differs',
        'lower_bound',
        'not_reported',
        'period_unspecified',
        'periods_differ',
        'unit_differs',
      ].sort(),
    );
  });

  it('leads.received: Huangshan (cumulative) is flagged beside Hefei (period not stated)', () => {
    const rows = compare('leads.received', all);
    const hf = rows.find((r) => r.city.slug === 'hefei')!;
    const hs = rows.find((r) => r.city.slug === 'huangshan')!;
    expect(hf.period?.kind).toBe('unspecified');
    expect(codes(hf)).toContain('period_unspecified');
    expect(hs.period?.kind).toBe('cumulative');
    expect(codes(hs)).toContain('periods_differ');
  });

  it('institutions.closed: the definition difference reaches every reported row', () => {
    const rows = compare('institutions.closed', all).filter((r) => r.reported);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const r of rows) {
      const c = r.caveats.find((x) => x.code === 'definition_differs')!;
      expect(c.message.en).toBe(
        `Definitions differ: ${getIndicator('institutions.closed')!.definition_differences!.en}`,
      );
      expect(c.message.zh).toMatch(/^各市定义不同:/);
    }
  });

  it('names periods and units as the figure labels do, in both languages', () => {
    const rows = compare('enforcement.personnel-dispatched', all);
    const hf = rows.find((r) => r.city.slug === 'hefei')!;
    const msg = hf.caveats.find((c) => c.code === 'periods_differ')!.message;
    expect(hf.period?.wording).toBe('今年以来');
    expect(periodLabel(hf.period!)).toEqual({ zh: '今年以来', en: 'this year so far' });
    expect(msg.en).toContain('this year so far');
    expect(msg.en).not.toMatch(/[\u4e00-\u9fff]/u);
    expect(msg.zh).toContain('今年以来');
    const bb = compare('inspection.institutions-inspected', all).find(
      (r) => r.city.slug === 'bengbu',
    )!;
    const unit = bb.caveats.find((c) => c.code === 'unit_differs')!.message;
    expect(unit.en).toContain('institutions');
    expect(unit.en).toContain('institution-visits');
    expect(unit.zh).toContain('“家机构”');
    expect(unit.zh).toContain('“家次”');
  });
});

describe('compare() arguments', () => {
  it('rejects an unknown indicator, naming the nearest ids', () => {
    expect(() => compare('enforcement.personel-dispatched' as IndicatorId, all)).toThrow(
      new RangeError(
        'compare: unknown indicator "enforcement.personel-dispatched"; did you mean ' +
          `"enforcement.personnel-dispatched"? (${INDICATOR_IDS.length} ids, listed in INDICATOR_IDS)`,
      ),
    );
    expect(() => compare('no.such.indicator' as IndicatorId, all)).toThrow(RangeError);
  });

  it("says what was wrong when given a package's figures instead of its dataset", () => {
    const wrong = [hefei.figures] as unknown as ComparableDataset[];
    expect(() => compare('grid.workers', wrong)).toThrow(
      /^compare: datasets\[0\] is an array \(a package's `figures`\?\); expected an array of city datasets/,
    );
    expect(() => compare('grid.workers', null as unknown as ComparableDataset[])).toThrow(
      /expected an array of city datasets .*; got null$/,
    );
    expect(() => compare('grid.workers', [{}] as unknown as ComparableDataset[])).toThrow(
      /datasets\[0\] is not a city dataset/,
    );
    expect(() => compare(42 as unknown as IndicatorId, all)).toThrow(TypeError);
  });

  it('lists every catalogue id in INDICATOR_IDS', () => {
    expect(INDICATOR_IDS).toEqual(indicators.map((i) => i.id));
  });
});

describe('compare() and "nearly" (近, 将近)', () => {
  it('says the true number is a little below the value, apart from approximate', () => {
    const f = hefei.figures.find((x) => x.indicator === 'grid.workers')!;
    const near = { ...f, qualifier: 'nearly' as const, raw: `近${f.raw}` };
    const [row] = compare('grid.workers', [{ city: hefei.city, figures: [near] }]);
    expect(codes(row!)).toContain('nearly');
    expect(codes(row!)).not.toContain('approximate');
    expect(row!.caveats.find((c) => c.code === 'nearly')!.message.en).toBe(
      `Nearly: written “近${f.raw}”, the true number is a little below this`,
    );
  });

  it('is how the data stores 近10万 (Huangshan)', () => {
    const f = huangshan.figures.find((x) => x.raw === '近10万')!;
    expect(f.qualifier).toBe('nearly');
  });
});

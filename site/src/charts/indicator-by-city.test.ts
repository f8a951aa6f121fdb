import { dataset as bengbu } from '@shuangjian/bengbu';
import { dataset as hefei } from '@shuangjian/hefei';
import { dataset as huangshan } from '@shuangjian/huangshan';
import {
  compare,
  getIndicator,
  type Caveat,
  type ComparisonRow,
  type IndicatorId,
  type SeriesPoint,
} from '@shuangjian/indicators';
import type { Figure } from '@shuangjian/schema';
import { describe, expect, it } from 'vitest';
import { cityA, cityB, cityC, cityD, figure, indicator } from './__fixtures__/figures';
import { indicatorByCity, layout, MAX_BARS, toSeries } from './indicator-by-city';
import { textBlocks } from './lib/bar-rows';
import { outOfBounds, overlaps } from './lib/checks';
import { extent } from './lib/text-block';

const all = [hefei, huangshan, bengbu];
const real = (id: string) => compare(id as IndicatorId, all);
// Values keep their unit with no-break spaces; compare them as plain text.
const sp = (s: string) => s.replace(/\u00A0/g, ' ');
const caveat = (code: Caveat['code']): Caveat => ({ code, message: { zh: code, en: code } });
const point = (f: Figure): SeriesPoint => ({
  figure: f,
  source: { id: f.source, date: '2023-09-27' },
});

/** Four cities: exact, lower bound in another unit, approximate with a long name, not reported. */
function syntheticRows(): ComparisonRow[] {
  const period = { wording: '今年以来', kind: 'year', start: null, end: null } as const;
  const a = figure(cityA, 'a', { value: 3937, unit: 'person-times', period });
  const b = figure(cityB, 'b', {
    value: 1700,
    raw: '1700余',
    qualifier: 'at_least',
    unit: 'persons',
    period: { wording: '累计', kind: 'cumulative', start: null, end: null },
  });
  const c = figure(cityC, 'c', {
    value: 120000,
    qualifier: 'approx',
    unit: 'person-times',
    period,
  });
  const long = {
    ...cityC,
    name: {
      zh: '一个名字非常非常非常非常非常非常长的城市<&>',
      en: 'A city whose name is long enough to wrap onto a second line',
    },
  };
  return [
    {
      city: cityA,
      reported: true,
      figure: a,
      value: a.value,
      qualifier: 'exact',
      unit: a.unit,
      period: a.period,
      series: [point(a)],
      caveats: [caveat('periods_differ')],
    },
    {
      city: cityB,
      reported: true,
      figure: b,
      value: b.value,
      qualifier: 'at_least',
      unit: b.unit,
      period: b.period,
      series: [point(b)],
      caveats: [caveat('lower_bound'), caveat('unit_differs'), caveat('periods_differ')],
    },
    {
      city: long,
      reported: true,
      figure: c,
      value: c.value,
      qualifier: 'approx',
      unit: c.unit,
      period: c.period,
      series: [point(c)],
      caveats: [caveat('approximate'), caveat('periods_differ')],
    },
    {
      city: cityD,
      reported: false,
      figure: null,
      value: null,
      qualifier: null,
      unit: null,
      period: null,
      series: [],
      caveats: [caveat('not_reported')],
    },
  ];
}

describe('indicator-by-city toSeries', () => {
  it('keeps one row per city in the given order, with null for a city that does not report', () => {
    const s = toSeries(getIndicator('meetings.coordination')!, real('meetings.coordination'), 'zh');
    expect(s.rows.map((r) => r.key)).toEqual(['hefei', 'huangshan', 'bengbu']);
    const hf = s.rows[0]!;
    expect(hf.value).toBeNull();
    expect(hf.valueText).toBe('未报告');
    expect(s.notes.at(-1)).toMatch(/不是零/);
  });

  it('labels lower bounds with ≥ and carries each period when periods differ', () => {
    const s = toSeries(
      getIndicator('enforcement.personnel-dispatched')!,
      real('enforcement.personnel-dispatched'),
      'en',
    );
    expect(s.showPeriods).toBe(true);
    expect(s.rows.map((r) => [sp(r.valueText), r.period])).toEqual([
      ['3,937 person-times', 'this year so far'],
      ['≥ 1,700 person-times', 'cumulative'],
      ['≥ 2,700 person-times', 'cumulative'],
    ]);
    expect(s.notes.join(' ')).toMatch(/lower bound.*different periods/);
  });

  it('marks a unit that differs from the indicator, in the value label and a note', () => {
    const s = toSeries(
      getIndicator('inspection.institutions-inspected')!,
      real('inspection.institutions-inspected'),
      'zh',
    );
    const bb = s.rows.find((r) => r.key === 'bengbu')!;
    expect(bb.unitDiffers).toBe(true);
    expect(s.notes.some((n) => n.startsWith('† 蚌埠市'))).toBe(true);
    const placed = layout(s).rows.find((r) => r.key === 'bengbu')!;
    expect(placed.valueText.lines.join('')).toMatch(/†$/);
  });

  it('writes approximations with 约 in zh and ≈ in en', () => {
    const rows = syntheticRows();
    expect(sp(toSeries(indicator, rows, 'zh').rows[2]!.valueText)).toBe('约12万人次');
    expect(sp(toSeries(indicator, rows, 'en').rows[2]!.valueText)).toBe('≈ 120,000 person-times');
  });

  it('writes zh values as the report does, and keeps the exact value for the data table', () => {
    const s = toSeries(getIndicator('fees.refund-ordered')!, real('fees.refund-ordered'), 'zh');
    expect(s.rows.map((r) => r.valueText)).toEqual(['89.16万元', '未报告', '12万余元']);
    expect(s.rows.map((r) => sp(r.valueExact))).toEqual(['891,600 元', '未报告', '≥120,000 元']);
    const chart = indicatorByCity({
      indicator: getIndicator('fees.refund-ordered')!,
      rows: real('fees.refund-ordered'),
      lang: 'zh',
    });
    expect(chart.table.rows.map((r) => sp(r[1]!))).toEqual(['891,600 元', '未报告', '≥120,000 元']);
    expect(chart.svg).toContain('>89.16万元<');
    expect(chart.summary).toContain('合肥市为89.16万元');
  });
});

describe('indicator-by-city layout', () => {
  for (const lang of ['zh', 'en'] as const) {
    const placed = layout(toSeries(indicator, syntheticRows(), lang));

    it(`draws no bar for a city that does not report, and an open tail for a lower bound (${lang})`, () => {
      const [a, b, c, d] = placed.rows;
      expect(d!.kind).toBe('not_reported');
      expect(d!.bar).toBeNull();
      expect(d!.tail).toBeNull();
      expect(b!.kind).toBe('at_least');
      expect(b!.tail).not.toBeNull();
      expect(b!.tail!.x).toBeCloseTo(b!.bar!.x + b!.bar!.width);
      expect(a!.tail).toBeNull();
      expect(c!.kind).toBe('approx');
    });

    it(`grows a row whose label wraps (${lang})`, () => {
      const [a, , c] = placed.rows;
      expect(c!.label.lines.length).toBeGreaterThan(1);
      expect(c!.bottom - c!.top).toBeGreaterThan(a!.bottom - a!.top);
    });

    it(`keeps every text inside the viewBox, without overlaps (${lang})`, () => {
      const blocks = textBlocks(placed);
      expect(outOfBounds(blocks, placed.width, placed.height)).toEqual([]);
      expect(overlaps(blocks)).toEqual([]);
      for (const r of placed.rows)
        if (r.bar) expect(r.bar.x + r.bar.width).toBeLessThanOrEqual(placed.width);
    });

    it(`stacks rows without overlap and ends below the notes (${lang})`, () => {
      placed.rows
        .slice(1)
        .forEach((r, i) => expect(r.top).toBeGreaterThanOrEqual(placed.rows[i]!.bottom));
      const last = placed.notes.at(-1)!;
      expect(extent(last).bottom).toBeLessThanOrEqual(placed.height);
    });
  }

  it('scales bar lengths with the values', () => {
    const placed = layout(toSeries(indicator, syntheticRows(), 'zh'));
    const [a, b] = placed.rows;
    expect(b!.bar!.width / a!.bar!.width).toBeCloseTo(1700 / 3937, 5);
  });

  it('fits every real indicator comparison in both languages', () => {
    for (const id of [
      'enforcement.personnel-dispatched',
      'inspection.institutions-inspected',
      'leads.received',
      'violations.confirmed',
      'fees.refund-ordered',
      'outreach.participants',
      'meetings.coordination',
    ])
      for (const lang of ['zh', 'en'] as const) {
        const placed = layout(toSeries(getIndicator(id)!, real(id), lang));
        const blocks = textBlocks(placed);
        expect(outOfBounds(blocks, placed.width, placed.height), `${id} ${lang}`).toEqual([]);
        expect(overlaps(blocks), `${id} ${lang}`).toEqual([]);
      }
  });
});

describe('indicatorByCity', () => {
  it('returns a labelled SVG, a summary and a table, with escaped text', () => {
    const chart = indicatorByCity({ indicator, rows: syntheticRows(), lang: 'en' });
    expect(chart.id).toBe('indicator-test-people-counted');
    expect(chart.svg).toContain(
      'aria-labelledby="indicator-test-people-counted-title indicator-test-people-counted-desc"',
    );
    expect(chart.svg).toContain('City &lt;A&gt; &amp; &quot;Co&quot;');
    expect(chart.svg).not.toMatch(/<style|<script|style=/);
    expect(chart.summary).toMatch(/Largest: City C|Largest: A city/);
    expect(chart.summary).toMatch(/Not reported \(not zero\): City D/);
    expect(chart.table.head).toEqual(['City', 'Value', 'Period', 'Notes']);
    expect(chart.table.rows[3]!.slice(0, 2)).toEqual(['City D', 'not reported']);
  });

  it('draws the MAX_BARS largest of many cities, says so, and keeps every city in the table', () => {
    const [exact, , , missing] = syntheticRows();
    const rows: ComparisonRow[] = Array.from({ length: 2 * MAX_BARS + 3 }, (_, i) => {
      const city = { ...cityA, slug: `city-${i}`, name: { zh: `城${i}`, en: `City ${i}` } };
      return (
        i % 10 === 9
          ? { ...missing!, city }
          : { ...exact!, city, value: (i * 37) % 101, caveats: [] }
      ) as ComparisonRow;
    });
    const reported = rows.filter((r) => r.reported);
    const largest: ComparisonRow[] = [...reported]
      .sort((a, b) => b.value! - a.value!)
      .slice(0, MAX_BARS);
    for (const lang of ['zh', 'en'] as const) {
      const chart = indicatorByCity({ indicator, rows, lang });
      const drawn = layout(toSeries(indicator, largest, lang)).rows.length;
      expect(drawn).toBe(MAX_BARS);
      // One bar per drawn city: each drawn city is named in the SVG, the others are not.
      for (const r of rows) {
        const named = chart.svg.includes(`>${r.city.name[lang]}<`);
        expect(named, r.city.slug).toBe(largest.includes(r));
      }
      expect(chart.table.rows).toHaveLength(rows.length);
      expect(chart.summary).toContain(
        lang === 'zh' ? `数值最大的${MAX_BARS}个` : `the ${MAX_BARS} cities`,
      );
      expect(chart.summary).toContain(String(rows.length));
      expect(chart.svg).toContain(
        lang === 'zh' ? '下表列出全部城市' : 'the table lists every city',
      );
    }
  });

  it('renders the same bytes twice', () => {
    const rows = real('enforcement.personnel-dispatched');
    const ind = getIndicator('enforcement.personnel-dispatched')!;
    expect(indicatorByCity({ indicator: ind, rows }).svg).toBe(
      indicatorByCity({ indicator: ind, rows }).svg,
    );
  });

  it('matches the SVG snapshots', async () => {
    const id = 'enforcement.personnel-dispatched';
    const zh = indicatorByCity({ indicator: getIndicator(id)!, rows: real(id), lang: 'zh' });
    await expect(zh.svg).toMatchFileSnapshot('./__snapshots__/indicator-by-city.svg');
    const en = indicatorByCity({ indicator, rows: syntheticRows(), lang: 'en' });
    await expect(en.svg).toMatchFileSnapshot('./__snapshots__/indicator-by-city-caveats.en.svg');
  });
});

describe('value labels', () => {
  it('leave room for the open tail of the largest value', () => {
    const rows = syntheticRows();
    const [, b] = rows;
    const big = { ...b!, value: 99999, figure: { ...b!.figure!, value: 99999 } } as ComparisonRow;
    const placed = layout(toSeries(indicator, [rows[0]!, big], 'en'));
    const tail = placed.rows[1]!.tail!;
    expect(tail.x + tail.width).toBeLessThanOrEqual(placed.width);
    expect(outOfBounds(textBlocks(placed), placed.width, placed.height)).toEqual([]);
  });

  it('sit after their bars whenever the bars keep most of the width', () => {
    for (const id of ['grid.workers', 'enforcement.personnel-dispatched', 'leads.received']) {
      const placed = layout(toSeries(getIndicator(id)!, real(id), 'zh'));
      expect(
        placed.rows.filter((r) => r.valueInside),
        id,
      ).toEqual([]);
    }
  });
});

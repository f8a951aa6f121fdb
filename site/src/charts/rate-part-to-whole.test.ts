import { dataset as hefei } from '@shuangjian/hefei';
import { dataset as huangshan } from '@shuangjian/huangshan';
import type { Figure } from '@shuangjian/schema';
import { describe, expect, it } from 'vitest';
import { cityA, figure } from './__fixtures__/figures';
import { outOfBounds, overlaps } from './lib/checks';
import { WIDTH } from './lib/metrics';
import {
  layout,
  parseRateFormula,
  ratePartToWhole,
  textBlocks,
  toSeries,
} from './rate-part-to-whole';

const rateOf = (id: string) => huangshan.figures.find((f) => f.id === id)!;
const reduced = rateOf('academic-institutions-reduction-rate');
// Values keep their unit with no-break spaces; compare them as plain text.
const sp = (s: string) => s.replace(/\u00A0/g, ' ');
const share = rateOf('non-academic-approval-rate');
const input = (rate: Figure, lang: 'zh' | 'en' = 'zh') => ({
  rate,
  figures: huangshan.figures,
  city: huangshan.city,
  lang,
});

describe('parseRateFormula', () => {
  it('reads the two part-to-whole shapes', () => {
    expect(
      parseRateFormula(
        '(academic-institutions-before - academic-institutions-remaining) / academic-institutions-before',
      ),
    ).toEqual({
      shape: 'reduced',
      whole: 'academic-institutions-before',
      remainder: 'academic-institutions-remaining',
    });
    expect(
      parseRateFormula('non-academic-institutions-approved / non-academic-institutions'),
    ).toEqual({
      shape: 'share',
      part: 'non-academic-institutions-approved',
      whole: 'non-academic-institutions',
    });
  });

  it('returns null for any other shape', () => {
    for (const f of [
      null,
      '',
      'a / b / c',
      '(a - b) / c',
      '(a-b) / a',
      'a + b',
      'A / b',
      '(a - b) / a * 100',
      'a/b',
    ])
      expect(parseRateFormula(f), String(f)).toBeNull();
  });
});

describe('rate-part-to-whole toSeries', () => {
  it('splits 216 into 192 reduced and 24 remaining, with the stated 88.89%', () => {
    const s = toSeries(input(reduced))!;
    expect([s.whole.value, s.part.value, s.rest.value]).toEqual([216, 192, 24]);
    expect(s.part.value + s.rest.value).toBe(s.whole.value);
    expect(s.rate.text).toBe('88.89%');
    expect(sp(s.arithmetic)).toBe('(216 − 24) ÷ 216');
  });

  it('splits 378 into 331 approved and 47 others, with the stated 87.57%', () => {
    const s = toSeries(input(share, 'en'))!;
    expect([s.whole.value, s.part.value, s.rest.value]).toEqual([378, 331, 47]);
    expect(s.rest.label).toBe('The rest');
    expect(s.rate.text).toBe('87.57%');
    expect(s.arithmetic).toBe('331 ÷ 378');
  });

  it('returns null when the chart cannot be drawn', () => {
    const a = figure(cityA, 'a', { value: 10 });
    const b = figure(cityA, 'b', { value: 20 });
    const rate = (formula: string | null) =>
      figure(cityA, 'r', { unit: 'percent', value: 50, formula });
    const run = (r: Figure, figures: Figure[] = [a, b]) =>
      toSeries({ rate: r, figures, city: cityA, lang: 'zh' });
    expect(run(rate(null))).toBeNull();
    expect(run(rate('a + b'))).toBeNull();
    expect(run(rate('b / a'))).toBeNull(); // part larger than the whole
    expect(run(rate('a / missing'))).toBeNull();
    expect(run(rate('a / b'), [a, { ...b, unit: 'cases' }])).toBeNull();
    expect(run(rate('a / b'))).not.toBeNull();
    const stated = hefei.figures.find((f) => f.unit === 'percent')!;
    expect(ratePartToWhole({ rate: stated, figures: hefei.figures, city: hefei.city })).toBeNull();
  });
});

describe('rate-part-to-whole layout', () => {
  for (const lang of ['zh', 'en'] as const)
    for (const rate of [reduced, share]) {
      const placed = layout(toSeries(input(rate, lang))!);

      it(`fills the width with part and rest in proportion (${rate.id}, ${lang})`, () => {
        const s = toSeries(input(rate, lang))!;
        const part = placed.partBar!;
        const rest = placed.restBar!;
        expect(part.x).toBe(0);
        expect(placed.split / WIDTH).toBeCloseTo(s.part.value / s.whole.value, 5);
        expect(part.x + part.width).toBeLessThan(placed.split);
        expect(rest.x).toBeGreaterThan(placed.split);
        // The rest is inset by its 1-unit outline, so part, gap and rest span the whole width.
        expect(rest.x + rest.width + 1).toBeCloseTo(WIDTH, 5);
        expect(placed.rateInBar?.lines).toEqual([s.rate.text]);
      });

      it(`keeps every text inside the viewBox, without overlaps (${rate.id}, ${lang})`, () => {
        const blocks = textBlocks(placed);
        expect(outOfBounds(blocks, placed.width, placed.height)).toEqual([]);
        expect(overlaps(blocks)).toEqual([]);
      });
    }

  it('leaves the rate out of a part too narrow to hold it', () => {
    const a = figure(cityA, 'a', { value: 1000 });
    const b = figure(cityA, 'b', { value: 10 });
    const r = figure(cityA, 'r', { unit: 'percent', value: 1, formula: 'b / a' });
    const placed = layout(toSeries({ rate: r, figures: [a, b], city: cityA, lang: 'zh' })!);
    expect(placed.rateInBar).toBeNull();
    expect(placed.rateLine.lines.join('')).toContain('1%');
  });
});

describe('ratePartToWhole', () => {
  it('returns the chart with a table of both counts and the rate', () => {
    const chart = ratePartToWhole(input(reduced))!;
    expect(chart.id).toBe('rate-huangshan-academic-institutions-reduction-rate');
    expect(chart.table.rows.map((r) => sp(r[1]!))).toEqual([
      '216 家机构',
      '192 家机构',
      '24 家机构',
      '88.89% = (216 − 24) ÷ 216',
    ]);
    expect(chart.summary).toContain('88.89%');
    expect(chart.svg).toBe(ratePartToWhole(input(reduced))!.svg);
  });

  it('matches the SVG snapshots', async () => {
    await expect(ratePartToWhole(input(reduced))!.svg).toMatchFileSnapshot(
      './__snapshots__/rate-part-to-whole.svg',
    );
    await expect(ratePartToWhole(input(share, 'en'))!.svg).toMatchFileSnapshot(
      './__snapshots__/rate-part-to-whole-share.en.svg',
    );
  });
});

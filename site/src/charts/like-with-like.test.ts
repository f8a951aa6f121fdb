import { dataset as bengbu } from '@shuangjian/bengbu';
import { dataset as hefei } from '@shuangjian/hefei';
import { dataset as huangshan } from '@shuangjian/huangshan';
import type { Dataset, Figure } from '@shuangjian/schema';
import { describe, expect, it } from 'vitest';
import { cityA, figure } from './__fixtures__/figures';
import { partDisplay, rateScale } from './like-with-like';

const part = (d: Dataset, section: number) =>
  d.figures.filter((f) => f.source === d.sources[0]!.id && f.section === section);
const values = (figures: readonly Figure[]) => figures.map((f) => f.value);

describe('like with like', () => {
  it('does not put Huangshan’s 765 members, ~100,000 participants and 189 grid workers on one scale', () => {
    const figures = part(huangshan, 4);
    const persons = figures.filter((f) => f.unit === 'persons');
    expect(values(persons)).toEqual([765, 100000, 189]);
    const shown = partDisplay(figures, huangshan.figures);
    // No chart: every figure of the part is a card of its own.
    expect(shown.rates).toEqual([]);
    expect(shown.cards).toEqual(figures);
  });

  it('charts a stated rate with its two counts, and shows no card for what its chart draws', () => {
    const shown = partDisplay(part(huangshan, 0), huangshan.figures);
    expect(shown.rates.map((f) => f.id)).toEqual([
      'academic-institutions-reduction-rate',
      'non-academic-approval-rate',
    ]);
    expect(shown.cards).toEqual([]);
    expect(values(rateScale(shown.rates[0]!, huangshan.figures))).toEqual([216, 24]);
    expect(values(rateScale(shown.rates[1]!, huangshan.figures))).toEqual([378, 331]);
  });

  it('gives every figure of every report exactly one place: a rate chart or a card', () => {
    for (const d of [hefei, huangshan, bengbu])
      for (const s of d.sources[0]!.sections) {
        const figures = part(d, s.number);
        const shown = partDisplay(figures, d.figures);
        const charted = shown.rates.flatMap((r) => [r, ...rateScale(r, d.figures)]);
        for (const f of figures)
          expect(
            Number(charted.includes(f)) + Number(shown.cards.includes(f)),
            `${d.city.slug} ${s.number} ${f.id}`,
          ).toBe(1);
      }
  });

  it('puts figures on one scale only when they are a rate’s counts: never for a shared unit alone', () => {
    for (const d of [hefei, huangshan, bengbu])
      for (const s of d.sources[0]!.sections)
        for (const rate of partDisplay(part(d, s.number), d.figures).rates) {
          const scale = rateScale(rate, d.figures);
          expect(scale).toHaveLength(2);
          expect(rate.formula).toContain(scale[0]!.id);
          expect(rate.formula).toContain(scale[1]!.id);
        }
    // Counts that share a unit and a part, and no rate: cards, not a chart.
    const counts = ['a', 'b', 'c'].map((id, i) => figure(cityA, id, { value: 10 ** i }));
    expect(partDisplay(counts)).toEqual({ rates: [], cards: counts });
  });

  it('shows a rate whose counts cannot be drawn (or are missing) as a card', () => {
    const whole = figure(cityA, 'whole', { value: 10 });
    const part_ = figure(cityA, 'part', { value: 20 });
    const rate = figure(cityA, 'rate', { unit: 'percent', value: 200, formula: 'part / whole' });
    expect(partDisplay([whole, part_, rate])).toEqual({ rates: [], cards: [whole, part_, rate] });
    const orphan = figure(cityA, 'orphan', { unit: 'percent', value: 50, formula: 'x / y' });
    expect(partDisplay([orphan]).cards).toEqual([orphan]);
  });
});

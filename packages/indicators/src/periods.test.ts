import type { Period } from '@shuangjian/schema';
import { describe, expect, it } from 'vitest';
import { PERIOD_KINDS, PERIOD_WORDING_EN, describePeriod, periodLabel } from './periods.js';

const p = (
  wording: string | null,
  kind: Period['kind'],
  start: string | null = null,
  end: string | null = null,
): Period => ({ wording, kind, start, end });

describe('describePeriod: one name for a period wherever it is shown', () => {
  it.each([
    [p('今年以来', 'year'), '今年以来', 'this year so far'],
    [p('累计', 'cumulative'), '累计', 'cumulative'],
    [p('截至目前', 'as_of'), '截至目前', 'to date'],
    [p(null, 'unspecified'), '期间未说明', 'period not stated'],
    [p('2022', 'year', '2022-01-01', '2022-12-31'), '2022年', '2022'],
    [
      p('暑期', 'season', '2023-07-01', '2023-08-31'),
      '暑期(2023-07-01–2023-08-31)',
      'summer holiday (2023-07-01–2023-08-31)',
    ],
    [p('暑假期间', 'season'), '暑假期间', '“暑假期间” (holiday season)'],
  ])('%j', (period, zh, en) => {
    expect(describePeriod(period)).toEqual({ zh, en });
  });

  it('gives a glossed wording its gloss alone, never beside a second name for its kind', () => {
    for (const [wording, gloss] of Object.entries(PERIOD_WORDING_EN))
      for (const kind of Object.keys(PERIOD_KINDS) as Period['kind'][]) {
        expect(describePeriod(p(wording, kind)).en).toBe(gloss);
        expect(periodLabel(p(wording, kind)).en).toBe(gloss);
      }
  });
});

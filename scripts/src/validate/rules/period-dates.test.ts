import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, runRules } from '../../../test/rule-fixture.ts';
import { periodDates } from './period-dates.ts';

describe('period-dates', () => {
  it('passes a period that starts on or before its end', () => {
    const { before } = figures();
    before.period = { wording: null, kind: 'year', start: '2023-01-01', end: '2023-01-01' };
    expect(runRules(periodDates, { figures: [...allFigures(), before] }).issues).toEqual([]);
  });

  it('reports a period that starts after it ends', () => {
    const { before } = figures();
    before.period = { wording: null, kind: 'year', start: '2023-12-31', end: '2023-01-01' };
    expect(found(runRules(periodDates, { figures: [before] }))).toEqual([
      {
        rule: 'period-dates',
        figure: 'testville/before',
        message: 'period starts (2023-12-31) after it ends (2023-01-01)',
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, runRules } from '../../../test/rule-fixture.ts';
import { valueRange } from './value-range.ts';

describe('value-range', () => {
  it('passes a percentage of 100 and a count over 100', () => {
    const { rate } = figures();
    expect(
      runRules(valueRange, { figures: [...allFigures(), { ...rate, id: 'full', value: 100 }] })
        .issues,
    ).toEqual([]);
  });

  it('reports a percentage over 100', () => {
    const { rate } = figures();
    rate.value = 1000;
    expect(found(runRules(valueRange, { figures: [rate] }))).toEqual([
      {
        rule: 'value-range',
        figure: 'testville/rate',
        message: 'a percentage of 1000 is over 100',
      },
    ]);
  });
});

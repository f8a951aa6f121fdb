import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, runRules } from '../../../test/rule-fixture.ts';
import { indicatorDuplicate } from './indicator-duplicate.ts';

describe('indicator-duplicate', () => {
  it('passes one figure per indicator', () => {
    expect(runRules(indicatorDuplicate, { figures: allFigures() }).issues).toEqual([]);
  });

  it('reports the second figure claiming an indicator, naming the first', () => {
    const { personnel, before } = figures();
    before.indicator = personnel.indicator;
    expect(found(runRules(indicatorDuplicate, { figures: [personnel, before] }))).toEqual([
      {
        rule: 'indicator-duplicate',
        figure: 'testville/before',
        message:
          'indicator "enforcement.personnel-dispatched" is already measured by testville/personnel; a city has one figure per indicator',
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, runRules } from '../../../test/rule-fixture.ts';
import { indicatorUnit } from './indicator-unit.ts';

describe('indicator-unit', () => {
  it("passes the indicator's unit and its alternate units", () => {
    const { personnel } = figures();
    personnel.unit = 'persons';
    expect(runRules(indicatorUnit, { figures: [...allFigures(), personnel] }).issues).toEqual([]);
  });

  it('reports a unit the indicator does not accept', () => {
    const { personnel } = figures();
    personnel.unit = 'institutions';
    expect(found(runRules(indicatorUnit, { figures: [personnel] }))).toEqual([
      {
        rule: 'indicator-unit',
        figure: 'testville/personnel',
        message:
          'unit "institutions" is not the indicator\'s unit "person-times" nor one of its alternate units [persons]',
      },
    ]);
  });
});

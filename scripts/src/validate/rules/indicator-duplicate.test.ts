import { describe, expect, it } from 'vitest';
import {
  allFigures,
  figures,
  found,
  LATER_SOURCE_ID,
  runRules,
} from '../../../test/rule-fixture.ts';
import { indicatorDuplicate } from './indicator-duplicate.ts';
import { RULES } from './index.ts';

/** The fixture's indicator figure as a later report states it: another id, title and source. */
function laterPersonnel() {
  const { personnel } = figures();
  return {
    ...personnel,
    id: 'personnel-later',
    source: LATER_SOURCE_ID,
    title: { zh: '次年出动执法人员', en: 'Enforcement staff deployed, next report' },
  };
}

describe('indicator-duplicate', () => {
  it('passes one figure per indicator', () => {
    expect(runRules(indicatorDuplicate, { figures: allFigures() }).issues).toEqual([]);
  });

  it('passes one figure of an indicator in each of two sources (a time series), with every rule', () => {
    const input = { figures: [...allFigures(), laterPersonnel()] };
    expect(runRules(indicatorDuplicate, input).issues).toEqual([]);
    expect(found(runRules(RULES, input))).toEqual([]);
  });

  it('reports the second figure claiming an indicator in one source, naming the first and the source', () => {
    const { personnel, before } = figures();
    before.indicator = personnel.indicator;
    expect(found(runRules(indicatorDuplicate, { figures: [personnel, before] }))).toEqual([
      {
        rule: 'indicator-duplicate',
        figure: 'testville/before',
        message:
          'indicator "enforcement.personnel-dispatched" is already measured by testville/personnel in source testville-2023-09-27; a city has one figure per indicator in each source',
      },
    ]);
  });

  it('still reports two figures of one indicator in the later source, beside the earlier one', () => {
    const later = laterPersonnel();
    const again = { ...later, id: 'personnel-later-again' };
    expect(
      found(runRules(indicatorDuplicate, { figures: [figures().personnel, later, again] })),
    ).toEqual([
      {
        rule: 'indicator-duplicate',
        figure: 'testville/personnel-later-again',
        message:
          'indicator "enforcement.personnel-dispatched" is already measured by testville/personnel-later in source testville-2024-09-27; a city has one figure per indicator in each source',
      },
    ]);
  });
});

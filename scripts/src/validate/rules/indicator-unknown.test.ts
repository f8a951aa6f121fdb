import { describe, expect, it } from 'vitest';
import {
  allFigures,
  BROKEN_INDICATOR,
  figures,
  found,
  runRules,
} from '../../../test/rule-fixture.ts';
import { indicatorUnknown } from './indicator-unknown.ts';

describe('indicator-unknown', () => {
  it('passes an indicator in the catalogue, none, or one whose entry is reported there', () => {
    const { before } = figures();
    before.indicator = BROKEN_INDICATOR;
    expect(runRules(indicatorUnknown, { figures: [...allFigures(), before] }).issues).toEqual([]);
  });

  it('reports an indicator the catalogue does not declare', () => {
    const { before } = figures();
    before.indicator = 'enforcement.no-such-thing';
    expect(found(runRules(indicatorUnknown, { figures: [before] }))).toEqual([
      {
        rule: 'indicator-unknown',
        figure: 'testville/before',
        message: 'indicator "enforcement.no-such-thing" is not in data/indicators.yaml',
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, runRules } from '../../../test/rule-fixture.ts';
import { rateFormula } from './rate-formula.ts';

const at = (formula: string) => {
  const { before, remaining, rate } = figures();
  return found(runRules(rateFormula, { figures: [before, remaining, { ...rate, formula }] }));
};

describe('rate-formula', () => {
  it('passes a rate that recomputes to the decimals written ((216 - 24) / 216 = 88.89%)', () => {
    expect(runRules(rateFormula, { figures: allFigures() }).issues).toEqual([]);
  });

  it('reports a rate that does not recompute', () => {
    expect(at('remaining / before')).toEqual([
      {
        rule: 'rate-formula',
        figure: 'testville/rate',
        message:
          '"remaining / before" gives 11.1111, which rounds to 11.11 at 2 decimal(s), not the stated 88.89',
      },
    ]);
  });

  it('reports a formula naming no other figure of the city, or itself', () => {
    expect(at('no-such-figure / before')).toEqual([
      {
        rule: 'rate-formula',
        figure: 'testville/rate',
        message: 'formula refers to "no-such-figure", not another figure of this city',
      },
    ]);
    expect(at('rate / before').map((f) => f.message)).toEqual([
      'formula refers to "rate", not another figure of this city',
    ]);
  });

  it('reports a formula that does not parse', () => {
    expect(at('(before - remaining').map((f) => f.message)).toEqual([
      'formula does not parse: missing ")" in "(before - remaining"',
    ]);
  });
});

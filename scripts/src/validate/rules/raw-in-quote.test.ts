import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, runRules } from '../../../test/rule-fixture.ts';
import { rawInQuote } from './raw-in-quote.ts';

describe('raw-in-quote', () => {
  it('passes a raw the quote holds', () => {
    expect(runRules(rawInQuote, { figures: allFigures() }).issues).toEqual([]);
  });

  it('reports a raw the quote does not hold', () => {
    const { personnel } = figures();
    personnel.raw = '3938';
    expect(found(runRules(rawInQuote, { figures: [personnel] }))).toEqual([
      {
        rule: 'raw-in-quote',
        figure: 'testville/personnel',
        message: 'raw "3938" does not occur in the quote "市、县两级共出动执法人员3937人次"',
      },
    ]);
  });
});

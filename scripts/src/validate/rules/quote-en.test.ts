import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, runRules } from '../../../test/rule-fixture.ts';
import { quoteEn } from './quote-en.ts';

describe('quote-en', () => {
  it('passes English with the digits the quote has', () => {
    expect(runRules(quoteEn, { figures: allFigures() }).issues).toEqual([]);
  });

  it('leaves a TODO placeholder to todo-marker, Chinese and all', () => {
    const { personnel } = figures();
    personnel.quote_en = 'TODO: render 市、县两级共出动执法人员3937人次';
    expect(runRules(quoteEn, { figures: [personnel] }).issues).toEqual([]);
  });

  it('reports Chinese characters in quote_en', () => {
    const { personnel } = figures();
    personnel.quote_en = 'city and county levels deployed 3,937 人次';
    expect(found(runRules(quoteEn, { figures: [personnel] }))).toEqual([
      {
        rule: 'quote-en',
        figure: 'testville/personnel',
        message:
          'quote_en "city and county levels deployed 3,937 人次" holds Chinese characters; it is the English rendering of the quote',
      },
    ]);
  });

  it('reports a quote_en with no digit when the quote has one', () => {
    const { remaining } = figures();
    remaining.quote_en = 'now cut to twenty-four';
    expect(found(runRules(quoteEn, { figures: [remaining] }))).toEqual([
      {
        rule: 'quote-en',
        figure: 'testville/remaining',
        message:
          'quote_en "now cut to twenty-four" has no digit, but the quote "现已压减至24个" states a number in digits',
      },
    ]);
  });
});

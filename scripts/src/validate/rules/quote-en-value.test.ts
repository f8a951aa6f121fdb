import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, runRules } from '../../../test/rule-fixture.ts';
import { quoteEnValue } from './quote-en-value.ts';

describe('quote-en-value', () => {
  it('passes a quote_en that states the number in full', () => {
    const { personnel } = figures();
    personnel.quote_en = 'deployed 3.937 thousand person-times';
    expect(runRules(quoteEnValue, { figures: [...allFigures(), personnel] }).issues).toEqual([]);
  });

  it('leaves a TODO placeholder to todo-marker', () => {
    const { personnel } = figures();
    personnel.quote_en = 'TODO: about 3,900';
    expect(runRules(quoteEnValue, { figures: [personnel] }).issues).toEqual([]);
  });

  it('reports a rounded number', () => {
    const { personnel } = figures();
    personnel.quote_en = 'deployed about 3,900 person-times';
    expect(found(runRules(quoteEnValue, { figures: [personnel] }))).toEqual([
      {
        rule: 'quote-en-value',
        figure: 'testville/personnel',
        message:
          'quote_en "deployed about 3,900 person-times" does not state the figure\'s number 3,937 (raw "3937"); write it in full, as the quote does, never rounded',
      },
    ]);
  });

  it('leaves a quote_en with no digit at all to quote-en', () => {
    const { personnel } = figures();
    personnel.quote_en = 'deployed enforcement staff';
    expect(runRules(quoteEnValue, { figures: [personnel] }).issues).toEqual([]);
  });
});

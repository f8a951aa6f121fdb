import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, runRules } from '../../../test/rule-fixture.ts';
import { quoteVerbatim } from './quote-verbatim.ts';

describe('quote-verbatim', () => {
  it('passes quotes that occur in the source', () => {
    expect(runRules(quoteVerbatim, { figures: allFigures() }).issues).toEqual([]);
  });

  it('reports a quote changed by one character', () => {
    const { personnel } = figures();
    personnel.quote = { ...personnel.quote, text: '市、县两级共出动执行人员3937人次' };
    expect(found(runRules(quoteVerbatim, { figures: [personnel] }))).toEqual([
      {
        rule: 'quote-verbatim',
        figure: 'testville/personnel',
        message:
          'quote "市、县两级共出动执行人员3937人次" does not occur verbatim in data/sources/testville/testville-2023-09-27.zh.txt',
      },
    ]);
  });

  it('says nothing of a figure whose source is unknown', () => {
    const { personnel } = figures();
    personnel.quote = { ...personnel.quote, text: '不在原文中' };
    personnel.source = 'no-such-source';
    expect(runRules(quoteVerbatim, { figures: [personnel] }).issues).toEqual([]);
  });
});

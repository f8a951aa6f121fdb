import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, runRules } from '../../../test/rule-fixture.ts';
import { quoteOffsets } from './quote-offsets.ts';

describe('quote-offsets', () => {
  it('passes offsets that are where the quote is', () => {
    expect(runRules(quoteOffsets, { figures: allFigures() }).issues).toEqual([]);
  });

  it('reports offsets one character off, pointing at the quote in the source', () => {
    const { personnel } = figures();
    const { start, end } = personnel.quote;
    personnel.quote = { ...personnel.quote, start: start + 1, end: end + 1 };
    const run = runRules(quoteOffsets, { figures: [personnel] });
    expect(found(run)).toEqual([
      {
        rule: 'quote-offsets',
        figure: 'testville/personnel',
        message: `quote offsets are [${start + 1}, ${end + 1}) but the quote is at [${start}, ${end})`,
      },
    ]);
    expect(run.issues[0]!.source?.at.line).toBe(3);
  });

  it('says nothing while the quote is not found', () => {
    const { personnel } = figures();
    personnel.quote = { ...personnel.quote, text: '不在原文中', start: 0 };
    expect(runRules(quoteOffsets, { figures: [personnel] }).issues).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, runRules } from '../../../test/rule-fixture.ts';
import { quoteAmbiguous } from './quote-ambiguous.ts';

describe('quote-ambiguous', () => {
  it('passes a quote that occurs once, or twice with quote.occurrence', () => {
    const { before } = figures();
    // 某市 is in the title line and opens the lead paragraph.
    before.quote = { text: '某市', start: 11, end: 13, occurrence: 2 };
    expect(runRules(quoteAmbiguous, { figures: [...allFigures(), before] }).issues).toEqual([]);
  });

  it('reports a quote that occurs twice, pointing at the first occurrence in the source', () => {
    const { before } = figures();
    before.quote = { text: '某市', start: 11, end: 13 };
    const run = runRules(quoteAmbiguous, { figures: [before] });
    expect(found(run)).toEqual([
      {
        rule: 'quote-ambiguous',
        figure: 'testville/before',
        message:
          'quote occurs 2 times in data/sources/testville/testville-2023-09-27.zh.txt; lengthen it or set quote.occurrence',
      },
    ]);
    expect(run.issues[0]!.source).toEqual({
      file: 'data/sources/testville/testville-2023-09-27.zh.txt',
      at: { line: 1, column: 1 },
    });
  });

  it('reports an occurrence beyond the last', () => {
    const { before } = figures();
    before.quote = { ...before.quote, occurrence: 3 };
    expect(found(runRules(quoteAmbiguous, { figures: [before] }))).toEqual([
      {
        rule: 'quote-ambiguous',
        figure: 'testville/before',
        message: 'quote.occurrence is 3 but the quote occurs 1 time(s)',
      },
    ]);
  });
});

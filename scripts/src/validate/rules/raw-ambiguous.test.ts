import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, offsets, runRules } from '../../../test/rule-fixture.ts';
import { rawAmbiguous } from './raw-ambiguous.ts';

/** A figure of the lead paragraph's 46名 and 16名 with the given quote and raw. */
function supervisors(text: string, raw: string) {
  const { before } = figures();
  return {
    ...before,
    section: 0,
    raw,
    value: Number(raw),
    unit: 'persons' as const,
    unit_zh: '名',
    quote: { text, ...offsets(text) },
  };
}

describe('raw-ambiguous', () => {
  it('passes a raw and unit_zh that occur once in the quote', () => {
    const figure = supervisors('聘请46名社会监督员、16名网格员', '46');
    expect(runRules(rawAmbiguous, { figures: [...allFigures(), figure] }).issues).toEqual([]);
  });

  it('reports "6名", which stands in both 46名 and 16名', () => {
    const figure = supervisors('聘请46名社会监督员、16名网格员', '6');
    expect(found(runRules(rawAmbiguous, { figures: [figure] }))).toEqual([
      {
        rule: 'raw-ambiguous',
        figure: 'testville/before',
        message: '"6名" occurs more than once in the quote',
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, offsets, runRules } from '../../../test/rule-fixture.ts';
import { rawPartial } from './raw-partial.ts';

/** A lead-paragraph figure with the given quote and raw. */
function lead(text: string, raw: string, unitZh: string, wording: string | null = null) {
  const { before } = figures();
  return {
    ...before,
    section: 0,
    raw,
    value: Number(raw),
    unit_zh: unitZh,
    quote: { text, ...offsets(text) },
    period: { ...before.period, wording },
  };
}

describe('raw-partial', () => {
  it('passes a whole number, and one after the year its period names (20223个: 2022, 3个)', () => {
    const year = lead('20223个县(区)全部达标', '3', '个', '2022');
    expect(runRules(rawPartial, { figures: [...allFigures(), year] }).issues).toEqual([]);
  });

  it('reports a raw that is only the end of the number before it', () => {
    const partial = lead('聘请46名社会监督员', '6', '名');
    const noYear = lead('20223个县(区)全部达标', '3', '个');
    expect(
      found(runRules(rawPartial, { figures: [partial, { ...noYear, id: 'no-year' }] })),
    ).toEqual([
      {
        rule: 'raw-partial',
        figure: 'testville/before',
        message: 'raw "6" is only the end of the number written before it',
      },
      {
        rule: 'raw-partial',
        figure: 'testville/no-year',
        message: 'raw "3" is only the end of the number written before it',
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, runRules } from '../../../test/rule-fixture.ts';
import { unitZh } from './unit-zh.ts';

describe('unit-zh', () => {
  it('passes a measure word of the unit, and a bare classifier (个 for institutions)', () => {
    expect(runRules(unitZh, { figures: allFigures() }).issues).toEqual([]);
  });

  it('reports a measure word of another unit', () => {
    const { rate } = figures();
    rate.unit_zh = '个';
    const [issue] = found(runRules(unitZh, { figures: [rate] }));
    expect(issue).toEqual({
      rule: 'unit-zh',
      figure: 'testville/rate',
      message: expect.stringMatching(
        /^unit "percent" is written "%".*, not "个" \(see scripts\/src\/validate\/measure-words.ts\)$/,
      ),
    });
  });
});

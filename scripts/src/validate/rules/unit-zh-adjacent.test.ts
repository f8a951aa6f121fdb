import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, runRules } from '../../../test/rule-fixture.ts';
import { unitZhAdjacent } from './unit-zh-adjacent.ts';

describe('unit-zh-adjacent', () => {
  it('passes a raw followed by its unit_zh', () => {
    expect(runRules(unitZhAdjacent, { figures: allFigures() }).issues).toEqual([]);
  });

  it('reports a unit_zh that does not follow raw', () => {
    const { personnel } = figures();
    personnel.unit_zh = '名';
    expect(found(runRules(unitZhAdjacent, { figures: [personnel] }))).toEqual([
      {
        rule: 'unit-zh-adjacent',
        figure: 'testville/personnel',
        message: '"3937名" (raw followed by unit_zh) does not occur in the quote',
      },
    ]);
  });

  it('leaves a raw missing from the quote to raw-in-quote', () => {
    const { personnel } = figures();
    personnel.raw = '3938';
    expect(runRules(unitZhAdjacent, { figures: [personnel] }).issues).toEqual([]);
  });
});

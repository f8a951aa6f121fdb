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

  it('passes a percent written in words, whose measure word is inside the number', () => {
    const { personnel } = figures();
    const words = (raw: string, unit_zh: string, text: string) => ({
      ...personnel,
      raw,
      unit: 'percent' as const,
      unit_zh,
      quote: { ...personnel.quote, text },
    });
    const percents = [
      words('百分之三十', '百分之', '覆盖率百分之三十'),
      words('三分之一', '分之', '约三分之一的学校'),
      words('七成', '成', '七成家长表示满意'),
    ];
    expect(runRules(unitZhAdjacent, { figures: percents }).issues).toEqual([]);
    // Not so for a count: 成 inside 七成 is no measure word of persons.
    const count = { ...words('七成', '成', '七成家长'), unit: 'persons' as const };
    expect(found(runRules(unitZhAdjacent, { figures: [count] }))).toHaveLength(1);
  });
});

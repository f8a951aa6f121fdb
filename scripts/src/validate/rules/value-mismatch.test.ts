import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, runRules } from '../../../test/rule-fixture.ts';
import { valueMismatch } from './value-mismatch.ts';

describe('value-mismatch', () => {
  it('passes a value equal to raw in base units (89.16万 is 891600)', () => {
    const { before } = figures();
    const wan = { ...before, raw: '89.16万', value: 891600 };
    expect(runRules(valueMismatch, { figures: [...allFigures(), wan] }).issues).toEqual([]);
  });

  it('reports a value that is not raw read', () => {
    const { personnel } = figures();
    personnel.value = 3938;
    expect(found(runRules(valueMismatch, { figures: [personnel] }))).toEqual([
      {
        rule: 'value-mismatch',
        figure: 'testville/personnel',
        message: 'value 3938 does not equal raw "3937" read as 3937',
      },
    ]);
  });

  it('leaves a raw that does not read to value-parse', () => {
    const { personnel } = figures();
    personnel.raw = '3937人';
    expect(runRules(valueMismatch, { figures: [personnel] }).issues).toEqual([]);
  });
});

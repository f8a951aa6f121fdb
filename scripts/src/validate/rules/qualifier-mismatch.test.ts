import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, runRules } from '../../../test/rule-fixture.ts';
import { qualifierMismatch } from './qualifier-mismatch.ts';

describe('qualifier-mismatch', () => {
  it('passes the qualifier raw implies (余 is at_least, 近 nearly)', () => {
    const { before } = figures();
    const more = {
      ...before,
      id: 'more',
      raw: '1700余',
      value: 1700,
      qualifier: 'at_least' as const,
    };
    const near = {
      ...before,
      id: 'near',
      raw: '近10万',
      value: 100000,
      qualifier: 'nearly' as const,
    };
    expect(runRules(qualifierMismatch, { figures: [...allFigures(), more, near] }).issues).toEqual(
      [],
    );
  });

  it('reports a qualifier raw does not imply', () => {
    const { personnel } = figures();
    personnel.qualifier = 'at_least';
    expect(found(runRules(qualifierMismatch, { figures: [personnel] }))).toEqual([
      {
        rule: 'qualifier-mismatch',
        figure: 'testville/personnel',
        message: 'qualifier "at_least" but raw "3937" reads as "exact"',
      },
    ]);
  });

  it('reads 以上 and 左右 written after the measure word (5000人以上, 500场左右)', () => {
    const { personnel } = figures();
    const quote = { ...personnel.quote, text: '共出动执法人员3937人次以上' };
    const over = { ...personnel, quote, qualifier: 'at_least' as const };
    expect(runRules(qualifierMismatch, { figures: [over] }).issues).toEqual([]);
    const around = { ...personnel, quote: { ...quote, text: '出动执法人员3937人次左右' } };
    expect(found(runRules(qualifierMismatch, { figures: [around] }))).toEqual([
      {
        rule: 'qualifier-mismatch',
        figure: 'testville/personnel',
        message: 'qualifier "exact" but "3937人次左右" reads as "approx"',
      },
    ]);
  });
});

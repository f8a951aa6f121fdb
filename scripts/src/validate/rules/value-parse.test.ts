import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, runRules } from '../../../test/rule-fixture.ts';
import { valueParse } from './value-parse.ts';

describe('value-parse', () => {
  it('passes numbers as written: digits, decimals, Chinese numerals, 万 and 余', () => {
    const { before } = figures();
    const written = ['1700余', '二十', '89.16万'].map((raw, i) => ({
      ...before,
      id: `b${i}`,
      raw,
    }));
    expect(runRules(valueParse, { figures: [...allFigures(), ...written] }).issues).toEqual([]);
  });

  it('reports a raw that holds a measure word', () => {
    const { personnel } = figures();
    personnel.raw = '3937人';
    expect(found(runRules(valueParse, { figures: [personnel] }))).toEqual([
      {
        rule: 'value-parse',
        figure: 'testville/personnel',
        message:
          '"3937人" is not a number as written (digits or Chinese numerals, with 万/亿, 余/多, 近/将近/约/逾/超过, 左右)',
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { allFigures, BROKEN_SOURCE, figures, found, runRules } from '../../../test/rule-fixture.ts';
import { periodWording } from './period-wording.ts';

describe('period-wording', () => {
  it('passes wording that occurs in the source, and no wording', () => {
    expect(runRules(periodWording, { figures: allFigures() }).issues).toEqual([]);
  });

  it('reports wording the source does not have', () => {
    const { personnel } = figures();
    personnel.period = { ...personnel.period, wording: '去年以来' };
    expect(found(runRules(periodWording, { figures: [personnel] }))).toEqual([
      {
        rule: 'period-wording',
        figure: 'testville/personnel',
        message:
          'period wording "去年以来" does not occur in data/sources/testville/testville-2023-09-27.zh.txt',
      },
    ]);
  });

  it('says nothing of a figure whose source is unknown or broken', () => {
    const { personnel } = figures();
    personnel.period = { ...personnel.period, wording: '去年以来' };
    const figuresIn = (source: string) => [{ ...personnel, source }];
    expect(runRules(periodWording, { figures: figuresIn('no-such-source') }).issues).toEqual([]);
    expect(runRules(periodWording, { figures: figuresIn(BROKEN_SOURCE) }).issues).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  allFigures,
  exclusion,
  figures,
  found,
  lineOf,
  runRules,
} from '../../../test/rule-fixture.ts';
import { draftUnreviewed } from './draft-unreviewed.ts';

describe('draft-unreviewed', () => {
  it('passes reviewed figures and exclusions', () => {
    const run = runRules(draftUnreviewed, { figures: allFigures(), exclusions: [exclusion()] });
    expect(run.issues).toEqual([]);
  });

  it('reports each draft figure and draft exclusion once, at its `review` line', () => {
    const { personnel, before } = figures();
    const run = runRules(draftUnreviewed, {
      figures: [{ ...personnel, review: 'draft', why: ['unit from 人次'] }, before],
      exclusions: [exclusion({ review: 'draft' }), exclusion({ text: '二是' })],
    });
    expect(found(run)).toEqual([
      {
        rule: 'draft-unreviewed',
        figure: 'testville/personnel',
        message: 'figure is a draft: review it, then delete `review: draft`',
      },
      {
        rule: 'draft-unreviewed',
        message: 'exclusion "一是" is a draft: review it, then delete `review: draft`',
      },
    ]);
    expect(run.issues.map((i) => lineOf(run, i).trim())).toEqual([
      'review: draft',
      'review: draft',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  allFigures,
  exclusion,
  figures,
  found,
  lineOf,
  runRules,
} from '../../../test/rule-fixture.ts';
import { whyWithoutDraft } from './why-without-draft.ts';

const why = ['unit persons from the measure word 名'];

describe('why-without-draft', () => {
  it('passes `why` on drafts, and entries without it', () => {
    const { personnel } = figures();
    const run = runRules(whyWithoutDraft, {
      figures: [...allFigures(), { ...personnel, id: 'draft', review: 'draft', why }],
      exclusions: [exclusion(), exclusion({ text: '二是', review: 'draft', why })],
    });
    expect(run.issues).toEqual([]);
  });

  it('reports `why` left on a reviewed figure or exclusion, at its list', () => {
    const { personnel } = figures();
    const run = runRules(whyWithoutDraft, {
      figures: [{ ...personnel, why }],
      exclusions: [exclusion({ why })],
    });
    expect(found(run)).toEqual([
      {
        rule: 'why-without-draft',
        figure: 'testville/personnel',
        message:
          "`why` explains a draft's guesses, but this figure is not a draft: delete `why` once it is reviewed",
      },
      {
        rule: 'why-without-draft',
        message:
          '`why` explains a draft\'s guesses, but this exclusion "一是" is not a draft: delete `why` once it is reviewed',
      },
    ]);
    expect(run.issues.map((i) => lineOf(run, i).trim())).toEqual([`- ${why[0]}`, `- ${why[0]}`]);
  });
});

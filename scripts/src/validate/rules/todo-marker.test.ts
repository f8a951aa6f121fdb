import { describe, expect, it } from 'vitest';
import {
  allFigures,
  exclusion,
  figures,
  found,
  lineOf,
  runRules,
} from '../../../test/rule-fixture.ts';
import { RULES } from './index.ts';
import { todoMarker } from './todo-marker.ts';

/** A draft as a drafter writes it: its English left as placeholders. */
function draft() {
  const { personnel } = figures();
  return {
    ...personnel,
    review: 'draft' as const,
    why: ['TODO is fine here: the reasons are not published'],
    label: { zh: personnel.label.zh, en: 'TODO: label' },
    title: { zh: personnel.title.zh, en: 'TODO' },
    quote_en: 'TODO: render 市、县两级共出动执法人员3937人次',
    notes: [{ zh: '说明', en: 'TODO' }],
  };
}

describe('todo-marker', () => {
  it('passes texts that do not start with TODO (a TODO inside a text is not a placeholder)', () => {
    const { before } = figures();
    before.label = { zh: before.label.zh, en: 'Institutions, see TODO list' };
    const run = runRules(todoMarker, {
      figures: [...allFigures(), { ...before, id: 'other' }],
      exclusions: [exclusion()],
    });
    expect(run.issues).toEqual([]);
  });

  it('reports each placeholder of a figure and an exclusion once, at its field, but not `why`', () => {
    const run = runRules(todoMarker, {
      figures: [draft()],
      exclusions: [exclusion({ reason: { zh: '段落序号', en: 'TODO' } })],
    });
    expect(found(run).map((f) => f.message)).toEqual([
      'label.en "TODO: label" is a placeholder the drafter left: write it',
      'title.en "TODO" is a placeholder the drafter left: write it',
      'quote_en "TODO: render 市、县两级共出动执法人员3937人次" is a placeholder the drafter left: write it',
      'notes.0.en "TODO" is a placeholder the drafter left: write it',
      'reason.en "TODO" is a placeholder the drafter left: write it',
    ]);
    expect(run.issues.map((i) => lineOf(run, i).trim().split(':')[0])).toEqual([
      'en',
      'en',
      'quote_en',
      'en',
      'en',
    ]);
  });

  it('is the only rule that reports a placeholder (the wording rules skip it)', () => {
    const first = draft();
    // Two drafts both titled TODO: not a title-unique clash.
    const second = { ...draft(), id: 'second', indicator: null };
    second.title = { zh: '另一个标题', en: 'TODO' };
    const rules = RULES.filter((r) => r.id !== 'draft-unreviewed');
    const run = runRules(rules, { figures: [first, second] });
    expect([...new Set(found(run).map((f) => f.rule))]).toEqual(['todo-marker']);
    expect(run.issues).toHaveLength(8);
  });
});

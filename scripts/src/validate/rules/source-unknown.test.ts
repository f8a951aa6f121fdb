import { describe, expect, it } from 'vitest';
import {
  allFigures,
  BROKEN_SOURCE,
  exclusion,
  figures,
  found,
  lineOf,
  runRules,
} from '../../../test/rule-fixture.ts';
import { sourceUnknown } from './source-unknown.ts';

describe('source-unknown', () => {
  it("passes figures and exclusions naming the city's source", () => {
    expect(
      runRules(sourceUnknown, { figures: allFigures(), exclusions: [exclusion()] }).issues,
    ).toEqual([]);
  });

  it('says nothing of a source that exists but is broken (reported there)', () => {
    const { before } = figures();
    before.source = BROKEN_SOURCE;
    const run = runRules(sourceUnknown, {
      figures: [before],
      exclusions: [exclusion({ source: BROKEN_SOURCE })],
    });
    expect(run.issues).toEqual([]);
  });

  it('reports a figure and an exclusion naming another source, at `source`', () => {
    const { before } = figures();
    before.source = 'hefei-2023-09-27';
    const run = runRules(sourceUnknown, {
      figures: [before],
      exclusions: [exclusion({ source: 'hefei-2023-09-27' })],
    });
    expect(found(run)).toEqual([
      {
        rule: 'source-unknown',
        figure: 'testville/before',
        message: 'source "hefei-2023-09-27" is not a valid source of testville',
      },
      {
        rule: 'source-unknown',
        message:
          'exclusion "一是" names source "hefei-2023-09-27", not a valid source of testville',
      },
    ]);
    expect(run.issues.map((i) => lineOf(run, i).trim())).toEqual([
      'source: hefei-2023-09-27',
      '- source: hefei-2023-09-27',
    ]);
  });
});

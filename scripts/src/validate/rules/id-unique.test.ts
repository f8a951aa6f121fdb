import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, lineOf, runRules } from '../../../test/rule-fixture.ts';
import { idUnique } from './id-unique.ts';

describe('id-unique', () => {
  it('passes figures with distinct ids', () => {
    expect(runRules(idUnique, { figures: allFigures() }).issues).toEqual([]);
  });

  it('reports the second figure with an id, at its id, naming the first', () => {
    const { personnel, before, remaining } = figures();
    const run = runRules(idUnique, {
      figures: [personnel, before, { ...remaining, id: 'personnel' }],
    });
    expect(found(run)).toEqual([
      {
        rule: 'id-unique',
        figure: 'testville/personnel',
        message: 'id "personnel" is used twice in this city (also figure #1)',
      },
    ]);
    expect(lineOf(run, run.issues[0]!)).toBe('  - id: personnel');
  });
});

import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, runRules } from '../../../test/rule-fixture.ts';
import { sectionRange } from './section-range.ts';

describe('section-range', () => {
  it('passes sections the source has', () => {
    expect(runRules(sectionRange, { figures: allFigures() }).issues).toEqual([]);
  });

  it('reports a section past the last', () => {
    const { personnel } = figures();
    personnel.section = 9;
    expect(found(runRules(sectionRange, { figures: [personnel] }))).toEqual([
      {
        rule: 'section-range',
        figure: 'testville/personnel',
        message: 'section 9 does not exist; testville-2023-09-27 has sections 0..2',
      },
    ]);
  });
});

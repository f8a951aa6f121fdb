import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, lineOf, runRules } from '../../../test/rule-fixture.ts';
import { titleLength } from './title-length.ts';

describe('title-length', () => {
  it('passes titles of at most 16 (zh) and 60 (en) characters', () => {
    const { personnel } = figures();
    personnel.title = { zh: '一'.repeat(16), en: 'e'.repeat(60) };
    expect(runRules(titleLength, { figures: [...allFigures(), personnel] }).issues).toEqual([]);
  });

  it('leaves a long TODO placeholder to todo-marker', () => {
    const { personnel } = figures();
    personnel.title = { zh: `TODO${'一'.repeat(17)}`, en: `TODO: ${'e'.repeat(61)}` };
    expect(runRules(titleLength, { figures: [personnel] }).issues).toEqual([]);
  });

  it('reports each title over its limit, at that title', () => {
    const { personnel } = figures();
    personnel.title = { zh: '一'.repeat(17), en: 'e'.repeat(61) };
    const run = runRules(titleLength, { figures: [personnel] });
    expect(found(run)).toEqual([
      {
        rule: 'title-length',
        figure: 'testville/personnel',
        message: `title.zh "${'一'.repeat(17)}" is 17 characters; a title has at most 16 (the full description belongs in label.zh)`,
      },
      {
        rule: 'title-length',
        figure: 'testville/personnel',
        message: `title.en "${'e'.repeat(61)}" is 61 characters; a title has at most 60 (the full description belongs in label.en)`,
      },
    ]);
    expect(run.issues.map((i) => lineOf(run, i).trim().split(':')[0])).toEqual(['zh', 'en']);
  });
});

import { describe, expect, it } from 'vitest';
import { allFigures, figures, found, runRules } from '../../../test/rule-fixture.ts';
import { titleUnique } from './title-unique.ts';

describe('title-unique', () => {
  it('passes distinct titles, and one figure listed twice with its own title', () => {
    const { personnel } = figures();
    expect(runRules(titleUnique, { figures: [...allFigures(), personnel] }).issues).toEqual([]);
  });

  it('leaves TODO placeholders to todo-marker: two drafts may both say TODO', () => {
    const { personnel, before } = figures();
    personnel.title = { zh: 'TODO', en: 'TODO' };
    before.title = { zh: 'TODO', en: 'TODO' };
    expect(runRules(titleUnique, { figures: [personnel, before] }).issues).toEqual([]);
  });

  it('reports a later figure whose title differs only in case, spacing or width', () => {
    const { personnel, before } = figures();
    before.title = { zh: 'ｐｅｒｓｏｎｎｅｌ的标题', en: 'TITLE of   PERSONNEL' };
    expect(found(runRules(titleUnique, { figures: [personnel, before] }))).toEqual([
      {
        rule: 'title-unique',
        figure: 'testville/before',
        message:
          'title.zh "ｐｅｒｓｏｎｎｅｌ的标题" is also the title of figure "personnel"; titles must differ within a report (add a word that tells them apart)',
      },
      {
        rule: 'title-unique',
        figure: 'testville/before',
        message:
          'title.en "TITLE of   PERSONNEL" is also the title of figure "personnel"; titles must differ within a report (add a word that tells them apart)',
      },
    ]);
  });

  it('lets a later report name the same measure as an earlier one', () => {
    const { personnel, before } = figures();
    before.title = { ...personnel.title };
    before.source = 'testville-2024-09-01';
    const { issues } = runRules(titleUnique, { figures: [personnel, before] });
    expect(issues.filter((i) => i.rule === 'title-unique')).toEqual([]);
  });
});

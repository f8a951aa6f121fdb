// Drafts (review: draft) in the real data: every rule still checks them, each is reported once as a
// draft, its TODO placeholders once each, and build:data writes nothing while one is left.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBuildData } from '../../src/build/run.ts';
import { validate } from '../../src/validate/validate.ts';
import { copyRepo, editYaml, figureIndex, realFigures, removeRepo } from '../fixture-repo.ts';

const HEFEI = 'data/cities/hefei.yaml';
const enforcement = realFigures('hefei').find((f) => f.raw === '3937')!;
const gid = `hefei/${enforcement.id}`;

let root: string;
beforeEach(() => {
  root = copyRepo();
});
afterEach(() => removeRepo(root));

const rulesOf = (figure?: string) =>
  validate(join(root, 'data'))
    .issues.filter((i) => i.figure === figure)
    .map((i) => i.rule)
    .sort();

describe('a draft figure', () => {
  it('is reported once as a draft, at its review line, and is otherwise valid', () => {
    editYaml(root, HEFEI, (doc) => {
      const i = figureIndex(doc, enforcement.id);
      doc.setIn(['figures', i, 'review'], 'draft');
      doc.setIn(['figures', i, 'why'], ['unit person-times from the measure word 人次']);
    });
    const { issues } = validate(join(root, 'data'));
    expect(issues.map((i) => [i.rule, i.figure])).toEqual([['draft-unreviewed', gid]]);
    const line = readFileSync(join(root, HEFEI), 'utf8').split('\n')[issues[0]!.at!.line - 1];
    expect(line?.trim()).toBe('review: draft');
  });

  it('is checked by every other rule, and its TODO texts are reported once each', () => {
    editYaml(root, HEFEI, (doc) => {
      const i = figureIndex(doc, enforcement.id);
      doc.setIn(['figures', i, 'review'], 'draft');
      doc.setIn(['figures', i, 'quote', 'start'], enforcement.quote.start + 1);
      doc.setIn(['figures', i, 'unit_zh'], '名');
      doc.setIn(['figures', i, 'quote_en'], 'TODO');
      doc.setIn(
        ['figures', i, 'title', 'en'],
        'TODO: a title of more than sixty characters, as the drafter wrote it here',
      );
    });
    expect(rulesOf(gid)).toEqual([
      'draft-unreviewed',
      'quote-offsets',
      'todo-marker',
      'todo-marker',
      'unit-zh',
      'unit-zh-adjacent',
    ]);
  });

  it('keeps build:data from writing anything', () => {
    editYaml(root, HEFEI, (doc) =>
      doc.setIn(['figures', figureIndex(doc, enforcement.id), 'review'], 'draft'),
    );
    const run = runBuildData({ repoRoot: root });
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toMatch(/\[draft-unreviewed\]/);
    for (const city of ['hefei', 'huangshan', 'bengbu'])
      expect(existsSync(join(root, 'packages', city, 'data'))).toBe(false);
  });
});

describe('a draft exclusion, and `why` left behind', () => {
  it('reports the draft exclusion and its placeholder reason', () => {
    editYaml(root, HEFEI, (doc) => {
      doc.setIn(['exclusions', 0, 'review'], 'draft');
      doc.setIn(['exclusions', 0, 'reason', 'en'], 'TODO');
    });
    expect(rulesOf(undefined)).toEqual(['draft-unreviewed', 'todo-marker']);
  });

  it('reports `why` on a reviewed figure and a reviewed exclusion', () => {
    editYaml(root, HEFEI, (doc) => {
      doc.setIn(['figures', figureIndex(doc, enforcement.id), 'why'], ['a reason']);
      doc.setIn(['exclusions', 0, 'why'], ['a reason']);
    });
    const issues = validate(join(root, 'data')).issues;
    expect(issues.map((i) => [i.rule, i.figure])).toEqual([
      ['why-without-draft', undefined],
      ['why-without-draft', gid],
    ]);
    expect(issues[1]!.message).toMatch(/delete `why` once it is reviewed/);
  });
});

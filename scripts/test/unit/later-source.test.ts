// A city with a later report: figures of an indicator Hefei already reports validate and build
// (one figure per indicator in each source), and the sources are ordered oldest first by their
// republication date, then id — whatever their ids say. The later report is SYNTHETIC, written into
// a throwaway copy of the inputs.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '@shuangjian/schema';
import { validateAndBuild } from '../../src/build/run.ts';
import { validate } from '../../src/validate/validate.ts';
import { copyRepo, editYaml, figureIndex, removeRepo } from '../fixture-repo.ts';
import { addSyntheticSource } from '../synthetic-source.ts';

const FIRST = 'hefei-2023-09-27';

let root: string;
beforeEach(() => {
  root = copyRepo();
});
afterEach(() => removeRepo(root));

const hefei = () => validate(join(root, 'data')).cities.find((c) => c.city.slug === 'hefei')!;

describe('a later report of a city', () => {
  it('validates with a figure of an indicator the city already reports', () => {
    addSyntheticSource(root);
    const result = validate(join(root, 'data'));
    expect(result.issues).toEqual([]);
    const figures = result.cities.find((c) => c.city.slug === 'hefei')!.figures;
    const personnel = figures.filter((f) => f.indicator === 'enforcement.personnel-dispatched');
    expect(personnel.map((f) => [f.source, f.raw])).toEqual([
      [FIRST, '3937'],
      ['hefei-2024-09-27', '4321余'],
    ]);
  });

  it('still refuses two figures of one indicator in the same report', () => {
    const { id } = addSyntheticSource(root);
    editYaml(root, 'data/cities/hefei.yaml', (doc) => {
      doc.setIn(
        ['figures', figureIndex(doc, 'synthetic-grid-workers'), 'indicator'],
        'enforcement.personnel-dispatched',
      );
    });
    const issues = validate(join(root, 'data')).issues.filter(
      (i) => i.rule === 'indicator-duplicate',
    );
    expect(issues.map((i) => [i.figure, i.message])).toEqual([
      [
        'hefei/synthetic-grid-workers',
        `indicator "enforcement.personnel-dispatched" is already measured by hefei/synthetic-enforcement-personnel in source ${id}; a city has one figure per indicator in each source`,
      ],
    ]);
  });

  it('orders sources by republication date before id, and figures by their source', () => {
    // This id sorts before hefei-2023-09-27, but the report is a year later.
    addSyntheticSource(root, { id: 'hefei-0-synthetic', date: '2024-09-27' });
    const city = hefei();
    expect(city.sources.map((s) => s.meta.id)).toEqual([FIRST, 'hefei-0-synthetic']);
    const sources = city.figures.map((f) => f.source);
    expect(sources.indexOf('hefei-0-synthetic')).toBe(sources.lastIndexOf(FIRST) + 1);
  });

  it('orders sources of one date by id', () => {
    addSyntheticSource(root, { id: 'hefei-2023-09-27-b', date: '2023-09-27' });
    addSyntheticSource(root, { id: 'hefei-2023-09-27-a', date: '2023-09-27' });
    // Two copies of one text: their figures need their own ids and titles.
    editYaml(root, 'data/cities/hefei.yaml', (doc) => {
      const figures = doc.toJS().figures as { id: string; source: string }[];
      figures.forEach((f, i) => {
        if (f.source !== 'hefei-2023-09-27-a') return;
        doc.setIn(['figures', i, 'id'], `${f.id}-a`);
        doc.setIn(
          ['figures', i, 'title', 'zh'],
          `甲${String(doc.getIn(['figures', i, 'title', 'zh']))}`,
        );
        doc.setIn(
          ['figures', i, 'title', 'en'],
          `A ${String(doc.getIn(['figures', i, 'title', 'en']))}`,
        );
      });
    });
    expect(validate(join(root, 'data')).issues).toEqual([]);
    expect(hefei().sources.map((s) => s.meta.id)).toEqual([
      FIRST,
      'hefei-2023-09-27-a',
      'hefei-2023-09-27-b',
    ]);
  });

  it('publishes the sources in that order, the latest last (the package’s `source`)', () => {
    addSyntheticSource(root, { id: 'hefei-0-synthetic', date: '2024-09-27' });
    const { outputs, issues } = validateAndBuild({ repoRoot: root });
    expect(issues).toEqual([]);
    const text = (path: string) => Buffer.from(outputs.get(path)!).toString('utf8');
    const dataset = JSON.parse(text('packages/hefei/data/dataset.json')) as Dataset;
    expect(dataset.sources.map((s) => s.id)).toEqual([FIRST, 'hefei-0-synthetic']);
    expect(dataset.figures.at(-1)!.source).toBe('hefei-0-synthetic');
    const readme = text('packages/hefei/README.md');
    expect(readme).toContain('Cite the original publisher of each figure first (its `source`');
    expect(readme).toContain(
      'on 2024-09-27, <https://example.invalid/synthetic/hefei-0-synthetic.html>',
    );
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyRepo, editYaml, figureIndex, removeRepo } from '../../test/fixture-repo.ts';
import { writeDraftPreview } from '../cli/preview-drafts.ts';
import { draftPreview } from './preview.ts';

let root: string;
beforeEach(() => {
  root = copyRepo();
});
afterEach(() => removeRepo(root));

describe('draftPreview', () => {
  it('has no city when nothing is a draft', () => {
    expect(draftPreview(join(root, 'data')).cities).toEqual([]);
  });

  it('lists each draft of a city in text order, placed in its source, with its why and issues', () => {
    editYaml(root, 'data/cities/hefei.yaml', (doc) => {
      const i = figureIndex(doc, 'enforcement-personnel-dispatched');
      doc.setIn(['figures', i, 'review'], 'draft');
      doc.setIn(['figures', i, 'why'], ['unit person-times from 人次']);
      doc.setIn(['figures', i, 'value'], 3938);
      doc.setIn(['exclusions', 0, 'review'], 'draft');
    });
    const { cities } = draftPreview(join(root, 'data'));
    expect(cities.map((c) => c.slug)).toEqual(['hefei']);
    const [source] = cities[0]!.sources;
    const text = [...source!.text];
    const [exclusion, figure] = source!.drafts;
    expect(exclusion).toMatchObject({ kind: 'exclusion', id: '三力赋能', why: [] });
    expect(text.slice(exclusion!.start, exclusion!.end).join('')).toBe('三力赋能');
    expect(figure).toMatchObject({
      kind: 'figure',
      id: 'enforcement-personnel-dispatched',
      why: ['unit person-times from 人次'],
    });
    expect(text.slice(figure!.start, figure!.end).join('')).toContain('3937人次');
    expect(figure!.fields).toMatchObject({ value: 3938, raw: '3937' });
    expect(figure!.fields).not.toHaveProperty('review');
    // What the validator says about the draft itself (here, the wrong value) comes with it, and
    // not that it is a draft.
    expect(figure!.issues.some((m) => m.startsWith('[value-mismatch]'))).toBe(true);
    expect(figure!.issues.some((m) => m.startsWith('[draft-unreviewed]'))).toBe(false);
  });

  it('is written as JSON, atomically, with the number of drafts', () => {
    editYaml(root, 'data/cities/bengbu.yaml', (doc) =>
      doc.setIn(['exclusions', 0, 'review'], 'draft'),
    );
    const out = join(root, 'out', 'drafts.json');
    expect(writeDraftPreview(out, join(root, 'data'))).toBe(1);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.cities.map((c: { slug: string }) => c.slug)).toEqual(['bengbu']);
  });
});

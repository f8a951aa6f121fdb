// A source whose text was extracted from an original file (a saved page, a PDF) instead of sliced
// from a seed: the original lies beside it and hashes as recorded; placeholders are reported.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/validate/check-sources.ts';
import { validate } from '../../src/validate/validate.ts';
import { copyRepo, editYaml, removeRepo } from '../fixture-repo.ts';

const META = 'data/sources/hefei/hefei-2023-09-27.yaml';
const TEXT = 'data/sources/hefei/hefei-2023-09-27.zh.txt';
const ORIGINAL = 'data/sources/hefei/hefei-2023-09-27.original.txt';

let root: string;
beforeEach(() => {
  root = copyRepo();
  // Hefei's text as if it had come in as a text file: the original is the text itself.
  const bytes = readFileSync(join(root, TEXT));
  writeFileSync(join(root, ORIGINAL), bytes);
  editYaml(root, META, (doc) => {
    doc.delete('seed');
    doc.set('original', {
      file: ORIGINAL,
      media_type: 'text/plain',
      encoding: 'UTF-8',
      sha256: sha256(bytes),
    });
  });
});
afterEach(() => removeRepo(root));

const issues = () => validate(join(root, 'data')).issues;
const rules = () => issues().map((i) => `${i.rule} ${i.file}`);

describe('a source with an original file', () => {
  it('validates with no issue (so every failure below comes from its mutation)', () => {
    expect(issues()).toEqual([]);
  });

  it('[original-sha256] when the original is not the recorded file', () => {
    writeFileSync(join(root, ORIGINAL), 'something else');
    // As with a changed text, the source is unusable, so the city has no valid source.
    expect(rules()).toEqual(['source-missing data/cities/hefei.yaml', `original-sha256 ${META}`]);
    expect(issues()[1]!.message).toContain(sha256(Buffer.from('something else')));
  });

  it('[original-missing] when the original file is not there', () => {
    rmSync(join(root, ORIGINAL));
    expect(rules()).toEqual(['source-missing data/cities/hefei.yaml', `original-missing ${META}`]);
  });

  it('[original-missing] when original.file is not <id>.original.<ext> of its media type', () => {
    editYaml(root, META, (doc) => doc.setIn(['original', 'media_type'], 'text/html'));
    const found = issues();
    expect(found.map((i) => i.rule)).toContain('original-missing');
    expect(found.find((i) => i.rule === 'original-missing')!.message).toContain(
      'data/sources/hefei/hefei-2023-09-27.original.html',
    );
  });

  it('[file-unknown] for an original file the metadata does not name', () => {
    writeFileSync(join(root, 'data/sources/hefei/hefei-2023-09-27.original.pdf'), '%PDF-1.7');
    expect(rules()).toEqual(['file-unknown data/sources/hefei/hefei-2023-09-27.original.pdf']);
  });

  it('[file-unknown] for an original file of no source', () => {
    writeFileSync(join(root, 'data/sources/hefei/hefei-2024-01-01.original.pdf'), '%PDF-1.7');
    expect(rules()).toEqual(['file-unknown data/sources/hefei/hefei-2024-01-01.original.pdf']);
  });

  it.each([
    ['both seed and original', { seed: { file: 'data/seeds/x.txt', byte_start: 0, byte_end: 1 } }],
    ['neither seed nor original', { original: undefined }],
    ['an encoding for a PDF', { original: { media_type: 'application/pdf', encoding: 'UTF-8' } }],
    ['no encoding for a text file', { original: { encoding: null } }],
    ['an unknown encoding', { original: { encoding: 'Shift_JIS' } }],
  ])('[schema] with %s', (_what, change) => {
    editYaml(root, META, (doc) => {
      for (const [key, value] of Object.entries(change)) {
        if (value === undefined) doc.delete(key);
        else if (key === 'original')
          for (const [k, v] of Object.entries(value)) doc.setIn(['original', k], v);
        else doc.set(key, value);
      }
    });
    expect(rules()).toContain(`schema ${META}`);
  });
});

describe('placeholders', () => {
  it('[source-todo] for each TODO left in the metadata; the figures are still checked', () => {
    editYaml(root, META, (doc) => {
      doc.setIn(['title', 'en'], 'TODO: English title');
      doc.setIn(['sections', 2, 'heading', 'en'], 'TODO: translate “从规范治理协力”');
    });
    const found = issues();
    expect(found.map((i) => i.rule)).toEqual(['source-todo', 'source-todo']);
    expect(found.map((i) => i.message)).toEqual([
      'title.en is a placeholder ("TODO: English title"); write it before publishing',
      'sections.2.heading.en is a placeholder ("TODO: translate “从规范治理协力”"); write it before publishing',
    ]);
    // The source stays usable: a broken figure is still reported against it.
    editYaml(root, 'data/cities/hefei.yaml', (doc) => doc.setIn(['figures', 0, 'value'], 1));
    expect(issues().map((i) => i.rule)).toContain('value-mismatch');
  });
});

describe('section numbers', () => {
  it('may start at 1 when the report has no lead paragraph (Hefei has no figure in it)', () => {
    editYaml(root, META, (doc) => doc.deleteIn(['sections', 0]));
    expect(issues()).toEqual([]);
    // A figure placed in the missing lead paragraph is refused.
    editYaml(root, 'data/cities/hefei.yaml', (doc) => doc.setIn(['figures', 0, 'section'], 0));
    expect(issues().map((i) => i.rule)).toContain('quote-section');
  });

  it('[section-order] when a number is skipped', () => {
    editYaml(root, META, (doc) => doc.setIn(['sections', 2, 'number'], 3));
    expect(rules()).toContain(`section-order ${META}`);
  });
});

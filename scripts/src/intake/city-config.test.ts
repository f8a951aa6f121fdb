import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../paths.ts';
import { appendDrafts, cityFileText } from './city-config.ts';

const CITY = {
  slug: 'qingshi',
  name: { zh: '青石市', en: 'Qingshi' },
  province: { zh: '安徽省', en: 'Anhui' },
  admin_code: '349900',
};
const EXCLUSION = {
  source: 'qingshi-2024-09-10',
  text: '一是',
  count: 1,
  kind: 'section-marker',
  reason: { zh: '段落序号', en: 'Section marker' },
};
// As the drafter renders them: a block sequence at column 0, with a comment.
const DRAFTS = {
  exclusions:
    '- source: qingshi-2024-09-10 # drafted\n  text: 一是\n  count: 1\n  kind: section-marker\n  reason:\n    zh: 段落序号\n    en: Section marker\n',
  figures: '',
  newUnits: [],
};

describe('cityFileText', () => {
  it('writes the city block and empty lists when nothing is drafted', () => {
    const text = cityFileText(CITY, { exclusions: '', figures: '', newUnits: [] });
    expect(parse(text)).toEqual({ city: CITY, exclusions: [], figures: [] });
    expect(text).toContain("admin_code: '349900'");
  });

  it('writes the drafts under their keys, comments kept', () => {
    const text = cityFileText(CITY, DRAFTS);
    expect(parse(text)).toEqual({ city: CITY, exclusions: [EXCLUSION], figures: [] });
    expect(text).toContain('  - source: qingshi-2024-09-10 # drafted\n');
  });

  it('refuses drafts that are not a YAML list', () => {
    expect(() => cityFileText(CITY, { ...DRAFTS, figures: 'id: x\n' })).toThrow('not a list');
  });
});

describe('appendDrafts', () => {
  it.each(['hefei', 'huangshan', 'bengbu'])(
    'appends to %s.yaml, leaving every existing line as it was',
    (slug) => {
      const text = readFileSync(join(REPO_ROOT, 'data', 'cities', `${slug}.yaml`), 'utf8');
      const figure = '- id: drafted-figure\n  value: 1\n';
      const out = appendDrafts(text, { ...DRAFTS, figures: figure });
      const before = parse(text);
      const after = parse(out);
      expect(after.exclusions).toEqual([...before.exclusions, EXCLUSION]);
      expect(after.figures).toEqual([...before.figures, { id: 'drafted-figure', value: 1 }]);
      // Only lines were added.
      const added = out.split('\n');
      for (const line of text.split('\n')) expect(added).toContain(line);
      expect(added.length - text.split('\n').length).toBe(9);
    },
  );

  it('fills empty lists, in flow form or left empty', () => {
    const empty = `${cityFileText(CITY, { exclusions: '', figures: '', newUnits: [] })}`;
    expect(parse(appendDrafts(empty, DRAFTS)).exclusions).toEqual([EXCLUSION]);
    const bare = 'city:\n  slug: qingshi\nexclusions:\nfigures: []\n';
    expect(parse(appendDrafts(bare, DRAFTS))).toEqual({
      city: { slug: 'qingshi' },
      exclusions: [EXCLUSION],
      figures: [],
    });
  });

  it('changes nothing when nothing is drafted', () => {
    const text = readFileSync(join(REPO_ROOT, 'data', 'cities', 'hefei.yaml'), 'utf8');
    expect(appendDrafts(text, { exclusions: '', figures: '', newUnits: [] })).toBe(text);
  });

  it('refuses a file that is not a city file', () => {
    expect(() => appendDrafts('- a\n- b\n', DRAFTS)).toThrow('not a YAML map');
    expect(() => appendDrafts('city: {}\nfigures: []\n', DRAFTS)).toThrow(
      'no top-level exclusions',
    );
    expect(() => appendDrafts('city: {}\nexclusions: 3\n', DRAFTS)).toThrow('not a list');
  });
});

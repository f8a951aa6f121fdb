import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument, isMap, isSeq } from 'yaml';
import { REPO_ROOT } from '../paths.ts';
import { draftAnnotations } from './draft.ts';
import { CATALOGUE, FIXTURES } from './genre-fixtures.ts';
import { draftToYaml, exclusionsToYaml, figuresToYaml, parseDraftYaml } from './to-yaml.ts';

/** Keys of the first entry of a list in a city file, nested keys as "a.b", in file order. */
function keyOrder(list: 'figures' | 'exclusions'): string[] {
  const doc = parseDocument(readFileSync(join(REPO_ROOT, 'data', 'cities', 'hefei.yaml'), 'utf8'));
  const seq = doc.get(list);
  if (!isSeq(seq) || !isMap(seq.items[0])) throw new Error(`no ${list}`);
  const walk = (node: unknown, prefix: string): string[] =>
    isMap(node)
      ? node.items.flatMap((pair) => {
          const key = `${prefix}${String((pair.key as { value: unknown }).value)}`;
          return [key, ...(key === 'notes' ? [] : walk(pair.value, `${key}.`))];
        })
      : [];
  return walk(seq.items[0], '');
}

const orderOf = (value: unknown, prefix = ''): string[] =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.entries(value).flatMap(([k, v]) => {
        const key = `${prefix}${k}`;
        return [key, ...(key === 'notes' || key === 'why' ? [] : orderOf(v, `${key}.`))];
      })
    : [];

describe.each(FIXTURES.map((f) => [f.sourceId, f] as const))('%s', (_, fixture) => {
  const draft = draftAnnotations({ ...fixture, indicators: CATALOGUE });
  const yaml = draftToYaml(draft);

  it('reads back the same figures and exclusions', () => {
    expect(parseDraftYaml(yaml)).toEqual({ figures: draft.figures, exclusions: draft.exclusions });
  });

  it('writes the fields in the order of data/cities/*.yaml, then review and why', () => {
    const parsed = parse(yaml) as { figures: object[]; exclusions: object[] };
    const figureKeys = keyOrder('figures').filter((k) => k !== 'quote.occurrence');
    for (const f of parsed.figures)
      expect(orderOf(f).filter((k) => k !== 'quote.occurrence')).toEqual([
        ...figureKeys,
        'review',
        'why',
      ]);
    for (const e of parsed.exclusions)
      expect(orderOf(e)).toEqual([...keyOrder('exclusions'), 'review', 'why']);
  });

  it('renders entries that can be appended under figures: and exclusions: of a city file', () => {
    const city = `city:\n  slug: x\n\nexclusions:\n${exclusionsToYaml(draft.exclusions)}\nfigures:\n${figuresToYaml(draft.figures)}`;
    const parsed = parse(city) as { figures: unknown[]; exclusions: unknown[] };
    expect(parsed.figures).toHaveLength(draft.figures.length);
    expect(parsed.exclusions).toHaveLength(draft.exclusions.length);
    for (const line of figuresToYaml(draft.figures).split('\n').filter(Boolean))
      expect(line).toMatch(/^ {2}/);
  });
});

it('quotes dates as the city files do', () => {
  const draft = draftAnnotations({
    sourceId: 's-2024-01-01',
    text: '2022年，检查机构3937家次。',
    sections: [],
    indicators: [],
  });
  expect(figuresToYaml(draft.figures)).toContain("start: '2022-01-01'");
});

it('quotes numbers written as text, and escapes invisible spaces', () => {
  const draft = draftAnnotations({
    sourceId: 's-2024-01-01',
    text: '全市连续3年将双减督导列为\u00a0一号工程，检查机构3937家次。',
    sections: [],
    indicators: [],
  });
  const yaml = figuresToYaml(draft.figures);
  expect(yaml).toContain("raw: '3937'");
  expect(yaml).toContain('\\u00a0');
  expect(yaml).not.toContain('\u00a0');
  expect(parseDraftYaml(`figures:\n${yaml}`).figures).toEqual(draft.figures);
});

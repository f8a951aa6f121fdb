import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '@shuangjian/schema';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../paths.ts';
import { appendToJsonArray, citationFiles, citationReference, newKeywords } from './citation.ts';
import { formatFile } from './format.ts';

const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');
const HEFEI = parse(read('data/sources/hefei/hefei-2023-09-27.yaml')) as Source;
const SOURCE: Source = {
  ...HEFEI,
  id: 'qingshi-2024-09-10',
  city: 'qingshi',
  title: { zh: '青石市多措并举深化校外培训治理', en: 'Qingshi' },
  author: { zh: '青石市教育局(发布机关)', en: "Qingshi Education Bureau (it's the issuer)" },
  republication: { publisher: '青石教育网', url: 'https://q.example/a.html', date: '2024-09-10' },
};
const CITY = { name: { zh: '青石市', en: 'Qingshi' }, province: { zh: '安徽省', en: 'Anhui' } };

describe('citationReference', () => {
  it('renders a reference like the existing ones, which reads back as the source says', () => {
    const hefei = citationReference(HEFEI);
    // The existing reference of Hefei, but for its notes, which were written by hand.
    const existing = read('CITATION.cff').split('references:\n')[1]!.split('\n').slice(0, 10);
    expect(hefei.split('\n').slice(0, 10)).toEqual(existing.map((l) => l.slice(2)));
    expect(parse(citationReference(SOURCE))).toEqual([
      {
        type: 'government-document',
        title: '青石市多措并举深化校外培训治理',
        authors: [{ name: '青石市教育局 Qingshi Education Bureau' }],
        languages: ['zh'],
        publisher: { name: '青石教育网' },
        'date-published': '2024-09-10',
        url: 'https://q.example/a.html',
        notes: 'The copy published by 青石教育网 on 2024-09-10.',
      },
    ]);
  });
});

describe('citationFiles', () => {
  const files = citationFiles(read('CITATION.cff'), read('.zenodo.json'), SOURCE, CITY);

  it('adds the reference and the city to CITATION.cff, every existing line kept', () => {
    const before = read('CITATION.cff');
    const after = files.get('CITATION.cff')!;
    const lines = after.split('\n');
    for (const line of before.split('\n')) expect(lines).toContain(line);
    const cff = parse(after);
    expect(cff.references).toHaveLength(parse(before).references.length + 1);
    expect(cff.keywords.slice(-1)).toEqual(['Qingshi']); // Anhui is there already
  });

  it('adds the address and the same keywords to .zenodo.json, formatted as before', async () => {
    const before = read('.zenodo.json');
    const after = await formatFile('.zenodo.json', files.get('.zenodo.json')!);
    const zenodo = JSON.parse(after);
    expect(zenodo.keywords).toEqual(parse(files.get('CITATION.cff')!).keywords);
    expect(zenodo.related_identifiers.at(-1)).toEqual({
      identifier: 'https://q.example/a.html',
      relation: 'isDerivedFrom',
      scheme: 'url',
      resource_type: 'publication-report',
    });
    // The one-line creators list stays one line.
    expect(after).toContain(before.split('\n').find((l) => l.includes('"creators"')));
  });

  it('adds no address twice and no keyword a new source does not bring', () => {
    const again = citationFiles(read('CITATION.cff'), read('.zenodo.json'), HEFEI);
    expect(JSON.parse(again.get('.zenodo.json')!)).toEqual(JSON.parse(read('.zenodo.json')));
    expect(newKeywords(['Anhui', 'Hefei'], CITY)).toEqual(['Qingshi']);
  });

  it('splices into JSON arrays, empty or not, and refuses a missing one', () => {
    expect(JSON.parse(appendToJsonArray('{"a": [], "b": [1]}', 'a', [{ x: '[' }]))).toEqual({
      a: [{ x: '[' }],
      b: [1],
    });
    expect(JSON.parse(appendToJsonArray('{"a": ["]\\""], "b": 2}', 'a', ['c']))).toEqual({
      a: [']"', 'c'],
      b: 2,
    });
    expect(() => appendToJsonArray('{"a": 1}', 'a', [1])).toThrow('has no top-level "a" list');
  });
});

// Citation generators: publisher first, BibTeX escaping, CSL-JSON shape; CITATION.cff kept current.
import { readPackageFile } from '../../../src/lib/package-files';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataset as hefei } from '@shuangjian/hefei';
import type { Dataset } from '@shuangjian/schema';
import { describe, expect, it } from 'vitest';
import {
  bibtexEscape,
  bibtexUrl,
  citationKey,
  citeDataset,
  citeFigure,
  cslJsonText,
  publisherOf,
  toBibtex,
  toCslJson,
} from '../../../src/lib/citation';
import { DATASETS, SITE_DIR } from '../../lib/expected';

const figure = hefei.figures.find((f) => f.id === 'enforcement-personnel-dispatched')!;
const url = 'https://example.test/figures/hefei/enforcement-personnel-dispatched/';

/** A copy of the Hefei dataset whose source metadata is full of BibTeX special characters. */
function awkward(): Dataset {
  const d = structuredClone(hefei) as Dataset;
  const s = d.sources[0]!;
  s.author = { zh: 'R&D_办公室 {甲}(说明)', en: 'R&D_Office {A} (explained)' };
  s.title = { zh: '100% #1 $x^2~\\ 报告', en: '100% #1 $x^2~\\ report' };
  return d;
}

/** Whether every { has its }, ignoring escaped \{ and \}. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const m of text.replace(/\\[{}]/g, '').matchAll(/[{}]/g)) {
    depth += m[0] === '{' ? 1 : -1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('text citations', () => {
  it('credit the original publisher first, without its parenthetical, then this project', () => {
    const zh = citeFigure(hefei, figure, 'zh', url);
    const en = citeFigure(hefei, figure, 'en', url);
    expect(zh.startsWith('合肥市:《')).toBe(true);
    expect(en.startsWith('Hefei Municipality, “')).toBe(true);
    expect(zh.indexOf('合肥市')).toBeLessThan(zh.indexOf('双减治理数据'));
    expect(en.indexOf('Hefei Municipality')).toBeLessThan(en.indexOf('Shuangjian Data'));
    for (const text of [zh, en]) {
      expect(text).not.toMatch(/[((]/);
      expect(text).toContain(`@shuangjian/hefei ${hefei.version}`);
      expect(text).toContain(url);
      expect(text).toContain(figure.global_id);
    }
  });

  it('cite a dataset with its version and page, without a figure id', () => {
    const text = citeDataset(hefei, 'en', 'https://example.test/en/cities/hefei/');
    expect(text).toMatch(/^Hefei Municipality, /);
    expect(text).toContain(
      `${hefei.name} ${hefei.version}, https://example.test/en/cities/hefei/.`,
    );
    expect(text).not.toContain('figure ');
    expect(publisherOf(hefei.sources[0]!, 'zh')).toBe('合肥市');
  });
});

describe('BibTeX', () => {
  it('escapes every LaTeX special character', () => {
    expect(bibtexEscape('\\ { } $ & % # _ ^ ~')).toBe(
      '\\textbackslash{} \\{ \\} \\$ \\& \\% \\# \\_ \\textasciicircum{} \\textasciitilde{}',
    );
    expect(bibtexEscape('合肥市 “双减”')).toBe('合肥市 “双减”');
    expect(bibtexUrl('https://x.test/a{b}\\c d')).toBe('https://x.test/a%7Bb%7D%5Cc%20d');
  });

  it('makes a @misc entry with a stable key, the publisher as a braced corporate author, year, url and note', () => {
    const bib = toBibtex(hefei, figure, 'en', url);
    expect(bib.split('\n')[0]).toBe(
      `@misc{shuangjian-hefei-enforcement-personnel-dispatched-${hefei.version},`,
    );
    expect(bib).toMatch(/^ {2}author += \{\{Hefei Municipality\}\},$/m);
    expect(bib).toMatch(/^ {2}year += \{2023\},$/m);
    expect(bib).toMatch(/^ {2}url += \{https:\/\/example\.test\/figures\/hefei\/[^}]+\},$/m);
    expect(bib).toContain(`howpublished = {\\url{${url}}}`);
    expect(bib).toMatch(
      new RegExp(
        `note += \\{.*@shuangjian/hefei, version ${hefei.version.replace(/\./g, '\\.')}\\.\\}$`,
        'm',
      ),
    );
    expect(bib.endsWith('\n}')).toBe(true);
    expect(balanced(bib)).toBe(true);
    expect(citationKey(hefei, null)).toBe(`shuangjian-hefei-${hefei.version}`);
    expect(toBibtex(hefei, null, 'zh', url)).toMatch(
      new RegExp(
        `^@misc\\{shuangjian-hefei-${hefei.version.replace(/\./g, '\\.')},\\n {2}author += \\{\\{合肥市\\}\\},`,
      ),
    );
  });

  it('keeps braces balanced and specials escaped when the metadata is awkward', () => {
    for (const lang of ['zh', 'en'] as const) {
      const bib = toBibtex(awkward(), null, lang, 'https://example.test/a_b/');
      expect(balanced(bib), bib).toBe(true);
      expect(bib).toContain(
        lang === 'en' ? '{{R\\&D\\_Office \\{A\\}}}' : '{{R\\&D\\_办公室 \\{甲\\}}}',
      );
      expect(bib).toContain(
        '100\\% \\#1 \\$x\\textasciicircum{}2\\textasciitilde{}\\textbackslash{}',
      );
      // Outside the URLs, no special character is left unescaped.
      const words = bib.replace(/^ {2}url .*$/m, '').replace(/\\url\{[^}]*\}/g, '');
      expect(words).not.toMatch(/(?<!\\)[&%#$_^~]/);
      expect(bib).toContain('url          = {https://example.test/a_b/}');
    }
  });
});

describe('CSL-JSON', () => {
  it('is a dataset with a literal author, issued date, URL, version and this project as publisher', () => {
    const item = toCslJson(hefei, figure, 'en', url);
    expect(item).toMatchObject({
      id: `shuangjian-hefei-enforcement-personnel-dispatched-${hefei.version}`,
      type: 'dataset',
      author: [{ literal: 'Hefei Municipality' }],
      issued: { 'date-parts': [[2023, 9, 27]] },
      URL: url,
      version: hefei.version,
      publisher: 'Shuangjian Data (双减治理数据)',
      language: 'en',
    });
    expect(item.title).toContain(hefei.sources[0]!.title.en);
    expect(item.note).toContain('@shuangjian/hefei');
    expect(toCslJson(awkward(), null, 'zh', url).author).toEqual([{ literal: 'R&D_办公室 {甲}' }]);
  });

  it('prints as a JSON array that parses back, date parts on one line', () => {
    const items = [toCslJson(hefei, figure, 'zh', url), toCslJson(hefei, null, 'en', url)];
    const text = cslJsonText(items);
    expect(JSON.parse(text)).toEqual(items);
    expect(text).toContain('"date-parts": [[2023, 9, 27]]');
  });
});

describe('CITATION.cff', () => {
  const cff = readFileSync(join(SITE_DIR, '..', 'CITATION.cff'), 'utf8');

  it('carries the dataset version and one government-document reference per source', () => {
    expect(cff).toMatch(/^cff-version: 1\.2\.0$/m);
    expect(cff).toMatch(/^type: dataset$/m);
    expect(cff).toMatch(/^license: CC-BY-4\.0$/m);
    // The whole dataset's version: the all-cities package's (each city keeps its own).
    const all = JSON.parse(readPackageFile('@shuangjian/all-cities', 'package.json').toString());
    expect(cff.match(/^version: .*$/m)?.[0]).toBe(`version: "${all.version}"`);
    for (const d of DATASETS)
      for (const s of d.sources) {
        expect(cff, s.id).toContain(`title: ${s.title.zh}\n`);
        expect(cff, s.id).toContain(`name: ${publisherOf(s, 'zh')} ${publisherOf(s, 'en')}\n`);
      }
    expect(cff.match(/^ {2}- type: government-document$/gm)?.length).toBe(
      DATASETS.flatMap((d) => d.sources).length,
    );
  });
});

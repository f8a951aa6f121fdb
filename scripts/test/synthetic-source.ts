// A SYNTHETIC later report of Hefei, for tests of cities with more than one report (a time series
// of an indicator). Its text is invented and says so; it is written only into throwaway copies of
// the repository, never into data/. It states three numbers for indicators Hefei's 2023 report has:
//   enforcement.personnel-dispatched  4321余人次, 今年以来 (a lower bound; the unit and period kind of
//                                     2023's 3937人次: one scale)
//   grid.workers                      1800名, 截至目前 (2023's 1713名 states no period: no scale)
//   inspection.joint-operations       30次, 累计 (cumulative; 2023's 12次 is 今年以来: no scale)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FigureAnnotation } from '@shuangjian/schema';
import { stringify } from 'yaml';
import { sha256 } from '../src/validate/check-sources.ts';
import { editYaml } from './fixture-repo.ts';

export const SYNTHETIC_CITY = 'hefei';

/** The invented report: a title line and one paragraph, with no numeral but the two figures'. */
export const SYNTHETIC_TEXT = [
  '合肥市校外培训治理情况(测试用虚构文本)',
  '本文是测试用的虚构文本,不是真实报告,其中的数字均为编造。今年以来,全市共出动执法人员4321余人次。截至目前,全市有社区网格员1800名。累计开展联合执法检查30次。',
  '',
].join('\n');

const MARKER = '本文是测试用的虚构文本';

/** Code-point offsets of the only occurrence of `quote` in the text. */
function offsets(text: string, quote: string): { start: number; end: number } {
  const at = text.indexOf(quote);
  if (at < 0 || text.indexOf(quote, at + 1) >= 0)
    throw new Error(`"${quote}" does not occur once in the synthetic text`);
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(quote).length };
}

/** The synthetic report's figures, as data/cities/hefei.yaml holds them, for a source id. */
export function syntheticFigures(sourceId: string): FigureAnnotation[] {
  const figure = (
    f: Omit<FigureAnnotation, 'source' | 'section' | 'quote' | 'formula' | 'notes'> & {
      quote: string;
    },
  ): FigureAnnotation => ({
    ...f,
    source: sourceId,
    section: 0,
    quote: { text: f.quote, ...offsets(SYNTHETIC_TEXT, f.quote) },
    formula: null,
    notes: [
      {
        zh: '测试用虚构数字,不是真实数据。',
        en: 'An invented number for tests, not real data.',
      },
    ],
  });
  return [
    figure({
      id: 'synthetic-enforcement-personnel',
      label: {
        zh: '虚构测试数字:今年以来全市出动的执法人员(人次)',
        en: 'SYNTHETIC test figure: enforcement staff deployed citywide this year (person-times)',
      },
      title: { zh: '虚构:出动执法人员', en: 'Synthetic: enforcement staff deployed' },
      value: 4321,
      raw: '4321余',
      unit: 'person-times',
      unit_zh: '人次',
      qualifier: 'at_least',
      period: { wording: '今年以来', kind: 'year', start: null, end: null },
      quote: '全市共出动执法人员4321余人次',
      quote_en: 'the whole city deployed more than 4,321 person-times of enforcement staff',
      indicator: 'enforcement.personnel-dispatched',
    }),
    figure({
      id: 'synthetic-grid-workers',
      label: {
        zh: '虚构测试数字:目前全市的社区网格员人数',
        en: 'SYNTHETIC test figure: community grid workers in the city at present',
      },
      title: { zh: '虚构:社区网格员', en: 'Synthetic: community grid workers' },
      value: 1800,
      raw: '1800',
      unit: 'persons',
      unit_zh: '名',
      qualifier: 'exact',
      period: { wording: '截至目前', kind: 'as_of', start: null, end: null },
      quote: '全市有社区网格员1800名',
      quote_en: 'the city has 1,800 community grid workers',
      indicator: 'grid.workers',
    }),
    figure({
      id: 'synthetic-joint-inspections',
      label: {
        zh: '虚构测试数字:累计开展的联合执法检查(次)',
        en: 'SYNTHETIC test figure: joint law-enforcement inspections, cumulative (times)',
      },
      title: { zh: '虚构:联合执法检查', en: 'Synthetic: joint law-enforcement inspections' },
      value: 30,
      raw: '30',
      unit: 'times',
      unit_zh: '次',
      qualifier: 'exact',
      period: { wording: '累计', kind: 'cumulative', start: null, end: null },
      quote: '累计开展联合执法检查30次',
      quote_en: 'carried out 30 joint law-enforcement inspections in total',
      indicator: 'inspection.joint-operations',
    }),
  ];
}

/**
 * Add the synthetic report to the copy of the repository at `root`: its text, original and
 * metadata under data/sources/hefei/, and its figures appended to data/cities/hefei.yaml. The id
 * and date are options so that a test can make the id sort before the date does.
 */
export function addSyntheticSource(
  root: string,
  { id = 'hefei-2024-09-27', date = '2024-09-27' }: { id?: string; date?: string } = {},
): { id: string; date: string; figures: FigureAnnotation[] } {
  const dir = join(root, 'data', 'sources', SYNTHETIC_CITY);
  mkdirSync(dir, { recursive: true });
  const bytes = Buffer.from(SYNTHETIC_TEXT, 'utf8');
  const original = `data/sources/${SYNTHETIC_CITY}/${id}.original.txt`;
  writeFileSync(join(dir, `${id}.zh.txt`), bytes);
  writeFileSync(join(root, original), bytes);
  const meta = {
    id,
    city: SYNTHETIC_CITY,
    title: {
      zh: '合肥市校外培训治理情况(测试用虚构文本)',
      en: 'Hefei: off-campus tutoring governance (SYNTHETIC test text, not a real report)',
    },
    author: { zh: '虚构(测试用)', en: 'Invented for tests' },
    language: 'zh',
    republication: {
      publisher: 'example.invalid',
      url: `https://example.invalid/synthetic/${id}.html`,
      date,
    },
    original: {
      file: original,
      media_type: 'text/plain',
      encoding: 'UTF-8',
      sha256: sha256(bytes),
    },
    sha256: sha256(bytes),
    sections: [{ number: 0, marker: MARKER, heading: { zh: '导语', en: 'Lead paragraph' } }],
    notes: [
      { zh: '测试用虚构文本,不是真实报告。', en: 'An invented text for tests, not a real report.' },
    ],
  };
  writeFileSync(join(dir, `${id}.yaml`), stringify(meta, { lineWidth: 0 }));
  const figures = syntheticFigures(id);
  editYaml(root, `data/cities/${SYNTHETIC_CITY}.yaml`, (doc) => {
    for (const f of figures) doc.addIn(['figures'], doc.createNode(f));
  });
  return { id, date, figures };
}

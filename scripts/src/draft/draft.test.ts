import { describe, expect, it } from 'vitest';
import { parseRaw } from '../validate/numerals.ts';
import { coverage, validityProblems } from './compare.ts';
import { draftAnnotations } from './draft.ts';
import {
  CATALOGUE,
  FIXTURES,
  REPORT_A,
  REPORT_B,
  REPORT_C,
  REPORT_D,
  REPORT_E,
  REPORT_F,
  type Fixture,
} from './genre-fixtures.ts';
import type { DraftOutput } from './types.ts';

const draft = (f: Fixture) => draftAnnotations({ ...f, indicators: CATALOGUE });
const figure = (out: DraftOutput, raw: string, unitZh?: string) => {
  const found = out.figures.filter(
    (f) => f.raw === raw && (unitZh === undefined || f.unit_zh === unitZh),
  );
  expect(found, `one figure with raw ${raw}`).toHaveLength(1);
  return found[0]!;
};
const exclusion = (out: DraftOutput, text: string) => {
  const found = out.exclusions.find((e) => e.text === text);
  expect(found, `an exclusion "${text}"`).toBeDefined();
  return found!;
};
const covers = (out: DraftOutput, numeral: string) =>
  out.exclusions.filter((e) => e.text.includes(numeral)).map((e) => e.text);

describe.each(FIXTURES.map((f) => [f.sourceId, f] as const))('%s', (_, fixture) => {
  const out = draft(fixture);

  it('covers every numeral exactly once', () => {
    const c = coverage(fixture.text, out);
    expect(c.uncovered).toEqual([]);
    expect(c.twice).toEqual([]);
    expect(c.once).toBe(c.numerals);
    expect(c.numerals).toBeGreaterThan(30);
  });

  it('drafts only valid figures and exclusions', () => {
    expect(validityProblems(fixture.text, out)).toEqual([]);
    for (const f of out.figures) {
      const parsed = parseRaw(f.raw);
      expect(parsed, f.raw).not.toHaveProperty('error');
      expect(f.value).toBe((parsed as { value: number }).value);
      expect([...fixture.text].slice(f.quote.start, f.quote.end).join('')).toBe(f.quote.text);
      expect(f).toMatchObject({ source: fixture.sourceId, review: 'draft', notes: [] });
      expect(f.why.length).toBeGreaterThan(3);
      expect(f.label.en).toMatch(/^TODO: /);
      expect(f.quote_en).toMatch(/^TODO: /);
    }
    for (const e of out.exclusions) {
      expect(e).toMatchObject({ source: fixture.sourceId, review: 'draft' });
      expect(e.why.length).toBeGreaterThan(0);
      expect(e.reason.en).toContain(e.text);
    }
  });

  it('orders figures and exclusions by where they stand, and drafts the same twice', () => {
    const at = out.figures.map((f) => f.quote.start + f.quote.text.indexOf(f.raw));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    const first = out.exclusions.map((e) => fixture.text.indexOf(e.text));
    expect(first).toEqual([...first].sort((a, b) => a - b));
    expect(draft(fixture)).toEqual(out);
  });
});

describe('report A: （一） lists, full-width digits, percent in words, 亿元, a hotline', () => {
  const out = draft(REPORT_A);

  it('reads full-width digits and fixes an as_of date from 截至2023年6月底', () => {
    expect(figure(out, '１２８６')).toMatchObject({
      value: 1286,
      unit: 'institutions',
      unit_zh: '家',
      section: 1,
      period: { wording: '截至2023年6月底', kind: 'as_of', start: null, end: '2023-06-30' },
    });
  });

  it('suggests a share formula that recomputes to the stated rate', () => {
    const approved = figure(out, '９１２');
    const total = figure(out, '１２８６');
    expect(figure(out, '70.92').formula).toBe(`${approved.id} / ${total.id}`);
  });

  it('reads 亿, 余, 约 and Chinese numerals, each with its qualifier', () => {
    expect(figure(out, '2.35亿')).toMatchObject({
      value: 235000000,
      unit: 'CNY',
      qualifier: 'exact',
    });
    expect(figure(out, '4800余')).toMatchObject({
      value: 4800,
      unit: 'person-times',
      qualifier: 'at_least',
    });
    expect(figure(out, '约3万')).toMatchObject({
      value: 30000,
      unit: 'documents',
      qualifier: 'approx',
    });
    expect(figure(out, '两百一十')).toMatchObject({ value: 210, unit: 'persons', unit_zh: '名' });
  });

  it('takes the period from the sentence: 前三季度 and 暑期', () => {
    expect(figure(out, '326').period).toMatchObject({ wording: '前三季度', kind: 'year' });
    expect(figure(out, '两百一十').period).toMatchObject({ wording: '暑期', kind: 'season' });
    expect(figure(out, '三分之一').period).toMatchObject({ wording: null, kind: 'unspecified' });
  });

  it('drafts percent written in words, with 以上 as at_least', () => {
    expect(figure(out, '百分之九十五')).toMatchObject({
      value: 95,
      unit: 'percent',
      qualifier: 'at_least',
    });
    expect(figure(out, '百分之九十五').why.join(' ')).toMatch(/以上 after the measure word/);
    expect(figure(out, '三分之一')).toMatchObject({
      value: 100 / 3,
      unit: 'percent',
      unit_zh: '分之',
    });
    expect(figure(out, '七成')).toMatchObject({ value: 70, unit: 'percent', unit_zh: '成' });
  });

  it('excludes dates, markers, ordinals, the hotline and 之/一封 words', () => {
    expect(exclusion(out, '2023年9月27日').kind).toBe('date');
    expect(exclusion(out, '（一）').kind).toBe('section-marker');
    expect(exclusion(out, '第三次').kind).toBe('word');
    expect(exclusion(out, '12345')).toMatchObject({ kind: 'contact', count: 1 });
    expect(exclusion(out, '前三季度').kind).toBe('period');
    expect(exclusion(out, '双减').kind).toBe('policy-term');
    expect(covers(out, '一封')).toHaveLength(1);
  });

  it('counts 投诉举报 in 件 as cases', () => {
    expect(figure(out, '182')).toMatchObject({ unit: 'cases', unit_zh: '件' });
  });
});

describe('report B: 一、 and 1． headings, 一是, 2022年, 以上 and 左右', () => {
  const out = draft(REPORT_B);

  it('gives a calendar year start and end dates, ahead of 累计 in the same sentence', () => {
    expect(figure(out, '1.2万').period).toEqual({
      wording: '2022年',
      kind: 'year',
      start: '2022-01-01',
      end: '2022-12-31',
    });
    expect(figure(out, '1.2万')).toMatchObject({ value: 12000, unit: 'institution-visits' });
    expect(figure(out, '超过12万').period).toMatchObject({ wording: '累计', kind: 'cumulative' });
  });

  it('suggests a fall formula for a 压减率', () => {
    const before = figure(out, '520');
    const after = figure(out, '52');
    expect(figure(out, '90').formula).toBe(`(${before.id} - ${after.id}) / ${before.id}`);
  });

  it('reads qualifiers before, inside and after the number', () => {
    expect(figure(out, '约300')).toMatchObject({ qualifier: 'approx', value: 300 });
    expect(figure(out, '5000')).toMatchObject({ qualifier: 'at_least', unit: 'persons' });
    expect(figure(out, '超过12万')).toMatchObject({ qualifier: 'at_least', value: 120000 });
    expect(figure(out, '1200余')).toMatchObject({ qualifier: 'at_least', unit: 'leads' });
  });

  it('does not take 较去年 for the period', () => {
    expect(figure(out, '三成').period.kind).toBe('unspecified');
  });

  it('proposes units for measure words the schema lacks', () => {
    expect(figure(out, '3')).toMatchObject({ unit: 'rounds', unit_zh: '轮' });
    expect(out.newUnits).toEqual([
      { measureWord: '轮', proposedUnit: 'rounds', occurrences: 1 },
      { measureWord: '门', proposedUnit: 'courses', occurrences: 1 },
      { measureWord: '课时', proposedUnit: 'class-hours', occurrences: 1 },
    ]);
    expect(figure(out, '260').why.join(' ')).toMatch(/proposed unit courses/);
  });

  it('excludes headings, list markers, structures, slogans, contacts and idioms', () => {
    for (const [text, kind] of [
      ['一、', 'section-marker'],
      ['1．', 'section-marker'],
      ['一是', 'section-marker'],
      ['二是', 'section-marker'],
      ['县、乡、村三级', 'structure'],
      ['一校一策', 'policy-term'],
      ['一机构一档', 'policy-term'],
      ['千家万户', 'word'],
      ['5+2', 'policy-term'],
      ['第一时间', 'word'],
      ['进一步', 'word'],
      ['0558-1234567', 'contact'],
      ['sj2023@example.com', 'contact'],
    ] as const)
      expect(exclusion(out, text).kind, text).toBe(kind);
    expect(exclusion(out, '下一步').count).toBe(2);
  });

  it('puts each figure in the section its quote lies in', () => {
    expect(figure(out, '6').section).toBe(1);
    expect(out.figures.every((f) => f.section === 1)).toBe(true);
  });
});

describe('report C: 第一，… paragraphs and a lead paragraph', () => {
  const out = draft(REPORT_C);

  it('reads 以来 since the policy as cumulative, in section 0', () => {
    expect(figure(out, '146')).toMatchObject({
      section: 0,
      period: { wording: '“双减”政策实施以来', kind: 'cumulative' },
    });
  });

  it('takes 今年1-8月 and 目前 as periods', () => {
    expect(figure(out, '45').period).toMatchObject({ wording: '今年1-8月', kind: 'year' });
    expect(figure(out, '608').period).toMatchObject({ wording: '目前', kind: 'as_of' });
  });

  it('reads 约九成 and 百分之百, and 近 as nearly', () => {
    expect(figure(out, '约九成')).toMatchObject({
      value: 90,
      qualifier: 'approx',
      unit: 'percent',
    });
    expect(figure(out, '百分之百')).toMatchObject({ value: 100, unit: 'percent' });
    expect(figure(out, '近200万')).toMatchObject({
      value: 2000000,
      qualifier: 'nearly',
      unit: 'CNY',
    });
  });

  it('excludes 第一， as a section marker and 一次 as ordinary wording', () => {
    expect(exclusion(out, '第一').kind).toBe('section-marker');
    expect(covers(out, '一次')[0]).toMatch(/^一次/);
    expect(out.figures.some((f) => f.raw === '一')).toBe(false);
  });

  it('suggests catalogue indicators whose name and unit fit', () => {
    expect(figure(out, '1320').indicator).toBe('inspection.institutions-inspected');
    expect(figure(out, '300余').indicator).toBe('grid.workers');
    expect(figure(out, '19').indicator).toBeNull();
  });
});

describe('report D: no section 0, a glued year, codes, time limits', () => {
  const out = draft(REPORT_D);

  it('splits a year run into the number after it, with the year as period', () => {
    expect(exclusion(out, '2023').kind).toBe('date');
    expect(figure(out, '3', '个')).toMatchObject({
      value: 3,
      section: 4,
      period: { wording: '2023', kind: 'year', start: '2023-01-01', end: '2023-12-31' },
    });
  });

  it('drafts 十余个 as a figure and keeps the 百 of 百分点 excluded', () => {
    expect(figure(out, '十余')).toMatchObject({
      value: 10,
      qualifier: 'at_least',
      unit: 'departments',
    });
    expect(figure(out, '2', '个百分点').unit).toBe('percentage-points');
    expect(exclusion(out, '百分点').kind).toBe('word');
  });

  it('excludes codes, time limits, Chinese dates, idioms and vague numbers', () => {
    for (const [text, kind] of [
      ['5G', 'name'],
      ['K12', 'name'],
      ['3日内', 'period'],
      ['近三年来', 'period'],
      ['二〇二三年九月', 'date'],
      ['三令五申', 'word'],
      ['数十', 'word'],
      ['第3批', 'word'],
      ['12356', 'contact'],
      ['市县两级', 'structure'],
    ] as const)
      expect(exclusion(out, text).kind, text).toBe(kind);
  });

  it('gives every figure a unique readable id and a unique short title', () => {
    const ids = out.figures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const titles = out.figures.map((f) => f.title.zh);
    expect(new Set(titles).size).toBe(titles.length);
    for (const t of titles) expect([...t].length).toBeLessThanOrEqual(16);
  });
});

describe('report E: years inside a sentence, 所次, norms, ages', () => {
  const out = draft(REPORT_E);

  it('takes the nearest year before each number in the sentence', () => {
    expect(figure(out, '1200').period).toMatchObject({
      wording: '2021年',
      kind: 'year',
      start: '2021-01-01',
    });
    expect(figure(out, '60').period).toMatchObject({
      wording: '2023年',
      kind: 'year',
      end: '2023-12-31',
    });
    expect(figure(out, '1.6万余')).toMatchObject({
      value: 16000,
      qualifier: 'at_least',
      unit: 'times',
    });
  });

  it('reads a period since an event, with its start date', () => {
    expect(figure(out, '156').period).toMatchObject({
      wording: '2021年7月中办、国办印发《意见》以来',
      kind: 'cumulative',
      start: '2021-07-01',
    });
  });

  it('does not read 其中学科类 as a school, and proposes 所次 for institution-visits', () => {
    expect(figure(out, '56').unit).toBe('institutions');
    expect(figure(out, '524').unit).toBe('schools');
    expect(figure(out, '386')).toMatchObject({ unit: 'institution-visits', unit_zh: '所次' });
    expect(out.newUnits).toContainEqual({
      measureWord: '所次',
      proposedUnit: 'institution-visits',
      occurrences: 1,
    });
    expect(figure(out, '5')).toMatchObject({ unit: 'rounds', unit_zh: '轮次' });
  });

  it('flags a norm and excludes an age range', () => {
    expect(figure(out, '2').why.join(' ')).toMatch(/不少于 before the number states a requirement/);
    expect(exclusion(out, '3至6岁').kind).toBe('word');
    expect(figure(out, '百余')).toMatchObject({
      value: 100,
      qualifier: 'at_least',
      unit: 'persons',
    });
  });
});

describe('report F: a whole report with title, lead and headings', () => {
  const out = draft(REPORT_F);

  it('excludes the year in the title and reads 截至11月底 and 全年', () => {
    expect(exclusion(out, '2023年').kind).toBe('date');
    expect(figure(out, '842').period).toMatchObject({
      wording: '截至11月底',
      kind: 'as_of',
      end: null,
    });
    expect(figure(out, '315').period.kind).toBe('as_of');
    expect(figure(out, '8').period).toMatchObject({ wording: '全年', kind: 'year' });
  });

  it('takes no period from a campaign named in quotes', () => {
    expect(figure(out, '4').period.kind).toBe('unspecified');
    expect(figure(out, '2860余').period.kind).toBe('unspecified');
  });

  it('reads what a number counts outside a document title', () => {
    expect(figure(out, '6').unit).toBe('items');
    expect(exclusion(out, '《校外培训机构监管十条措施》').kind).toBe('name');
    expect(figure(out, '9千余')).toMatchObject({
      value: 9000,
      qualifier: 'at_least',
      unit: 'person-times',
    });
    expect(figure(out, '15')).toMatchObject({ unit: 'departments', unit_zh: '个' });
  });

  it('recomputes the reduction rate', () => {
    const [before, after] = [figure(out, '1093'), figure(out, '9', '家')];
    expect(figure(out, '99.2').formula).toBe(`(${before.id} - ${after.id}) / ${before.id}`);
  });
});

it('treats the text before the first marker as section 0 when no section 0 is given', () => {
  const out = draftAnnotations({
    sourceId: 'x-2024-01-01',
    text: '全市共有培训机构120家。\n一是加强监管，检查机构35家次。',
    sections: [{ number: 1, marker: '一是' }],
    indicators: [],
  });
  expect(out.figures.map((f) => [f.raw, f.section])).toEqual([
    ['120', 0],
    ['35', 1],
  ]);
});

it('drafts counts written in Chinese numerals: 两百一十人, 一万二千名', () => {
  const out = draftAnnotations({
    sourceId: 'x-2024-01-01',
    text: '全市共有两百一十人参加培训，覆盖家长一万二千名。',
    sections: [],
    indicators: [],
  });
  expect(out.figures.map((f) => [f.raw, f.value, f.unit, f.unit_zh])).toEqual([
    ['两百一十', 210, 'persons', '人'],
    ['一万二千', 12000, 'persons', '名'],
  ]);
});

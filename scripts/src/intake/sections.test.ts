import { describe, expect, it } from 'vitest';
import { chineseNumeral, detectSections, headingAfter, uniqueMarker } from './sections.ts';

const TITLE = '某市多措并举推进校外培训治理\n\n';
const LEAD = '今年以来，某市坚持校内校外协同发力，校外培训治理取得新进展。\n\n';

const sectionsOf = (text: string) => {
  const result = detectSections(text);
  if (!result.ok) throw new Error(result.message);
  return result;
};

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [35, '三十五'],
  ])('%i is %s', (n, zh) => expect(chineseNumeral(n)).toBe(zh));
});

describe('detectSections', () => {
  it('reads 一是/二是 parts, with the lead paragraph as section 0 and the title before it', () => {
    const text =
      TITLE +
      LEAD +
      '一是强化统筹，健全工作机制。全市建立联席会议制度。\n\n' +
      '二是严格监管，开展专项检查。一是检查机构，二是检查场所。\n\n' +
      '三是“家校社”协同，营造良好氛围。共开展宣传活动12场。';
    const { family, sections } = sectionsOf(text);
    expect(family).toBe('一是');
    expect(sections).toEqual([
      { number: 0, marker: '今年以来，某市坚持校', heading: { zh: '导语', en: 'Lead paragraph' } },
      {
        number: 1,
        marker: '一是强',
        heading: { zh: '强化统筹', en: 'TODO: translate “强化统筹”' },
      },
      {
        number: 2,
        marker: '二是严',
        heading: { zh: '严格监管', en: 'TODO: translate “严格监管”' },
      },
      {
        number: 3,
        marker: '三是',
        heading: { zh: '“家校社”协同', en: 'TODO: translate ““家校社”协同”' },
      },
    ]);
  });

  it('reads 一、二、 parts on their own lines, not the （一） items inside them', () => {
    const text =
      TITLE +
      LEAD +
      '一、基本情况\n全市共有校外培训机构120家。\n（一）机构数量\n比上年减少20家。\n（二）从业人员\n共有从业人员900人。\n' +
      '二、主要做法\n（一）完善制度\n出台文件5份。\n' +
      '三、下一步打算\n继续巩固治理成效。';
    const { family, sections } = sectionsOf(text);
    expect(family).toBe('一、');
    expect(sections.map((s) => [s.number, s.marker, s.heading.zh])).toEqual([
      [0, '今年以来，某市坚持校', '导语'],
      [1, '一、', '基本情况'],
      [2, '二、', '主要做法'],
      [3, '三、', '下一步打算'],
    ]);
  });

  it('reads （一）（二） parts, full-width or ASCII brackets, extending a repeated marker until unique', () => {
    const text =
      TITLE +
      '（一）加强组织领导。成立工作专班。\n' +
      '(二)加强日常监管。检查机构30家。\n' +
      '（三）加强宣传引导。另见（一）加强组织领导一节。';
    const { family, sections } = sectionsOf(text);
    expect(family).toBe('（一）');
    expect(sections.map((s) => [s.number, s.marker, s.heading.zh])).toEqual([
      // Only the title precedes the first part: no lead paragraph, no section 0.
      [1, '（一）加强组织领导。', '加强组织领导'],
      [2, '(二)', '加强日常监管'],
      [3, '（三）', '加强宣传引导'],
    ]);
  });

  it('reads 第一/第二 parts, and not 第一批 as a part', () => {
    const text =
      TITLE +
      '全市第一批试点学校已于去年确定。\n' +
      '第一，坚持规范管理。全年检查45次。\n' +
      '第二，坚持综合治理。查处违规培训8起。\n' +
      '第三，坚持协同共治。';
    const { family, sections } = sectionsOf(text);
    expect(family).toBe('第一');
    expect(sections.map((s) => [s.number, s.marker, s.heading.zh])).toEqual([
      [0, '全市第一批试点学校已', '导语'],
      [1, '第一，', '坚持规范管理'],
      [2, '第二', '坚持综合治理'],
      [3, '第三', '坚持协同共治'],
    ]);
  });

  it('reads parts that run on inside one paragraph, after a sentence ends', () => {
    const text =
      TITLE + '主要做法如下：一是摸清底数，建立台账。二是分类处置，查处隐形变异培训6起。';
    const { family, sections } = sectionsOf(text);
    expect(family).toBe('一是');
    expect(sections.map((s) => [s.number, s.marker])).toEqual([
      [0, '主要做法如下：一是摸'],
      [1, '一是'],
      [2, '二是'],
    ]);
  });

  it('prefers the family that starts first when two run in order', () => {
    const text = TITLE + LEAD + '一、总体情况\n一是数量下降。\n二是质量提升。\n二、工作措施\n';
    expect(sectionsOf(text).family).toBe('一、');
  });

  it('makes the whole report section 0 when there are no numbered parts', () => {
    const text =
      TITLE + '某市今年检查校外培训机构80家，整改问题15个。\n\n某市今年检查校外培训工作。';
    const { family, sections } = sectionsOf(text);
    expect(family).toBeNull();
    expect(sections).toEqual([
      {
        number: 0,
        // The first ten characters occur twice: extended until unique.
        marker: '某市今年检查校外培训机',
        heading: { zh: '全文', en: 'Full text' },
      },
    ]);
  });

  it('makes a text of title lines only section 0 from its first line', () => {
    expect(sectionsOf('\n  双减工作简报\n').sections.map((s) => s.marker)).toEqual([
      '双减工作简报',
    ]);
  });

  it('does not take one 一、 alone for a structure', () => {
    expect(sectionsOf(TITLE + LEAD + '一、基本情况\n全市机构20家。').family).toBeNull();
  });

  it('fails, naming the line, when a line occurs twice so that no marker is unique', () => {
    const result = detectSections('一是重复。\n二是重复。\n一是重复。');
    expect(result).toEqual({
      ok: false,
      message:
        'the line "一是重复。" occurs more than once, so no marker of it is unique: give the report with this line once',
    });
  });
});

describe('uniqueMarker and headingAfter', () => {
  it('never ends a marker in white space nor crosses a line', () => {
    const text = '一是 甲\n一是 乙';
    expect(uniqueMarker(text, 0, 2)).toBe('一是 甲');
    expect(uniqueMarker('ab\nab', 0, 1)).toBeUndefined();
  });

  it('stops a heading at the first ，。；： (full- or half-width) or line end, and caps it', () => {
    expect(headingAfter('，坚持规范管理；其他', 0)).toBe('坚持规范管理');
    expect(headingAfter('从源头治理发力,破解预防难。', 0)).toBe('从源头治理发力');
    expect(headingAfter('标题\n正文', 0)).toBe('标题');
    expect(headingAfter('长'.repeat(50), 0)).toBe(`${'长'.repeat(40)}…`);
  });
});

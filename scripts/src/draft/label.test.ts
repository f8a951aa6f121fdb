import { describe, expect, it } from 'vitest';
import { draftIds, draftLabel, draftTitleZh, glossaryWords, uniqueTitles } from './label.ts';

describe('draftTitleZh', () => {
  it.each([
    ['配备', '名责任区督学'.slice(1), '责任区督学'],
    ['市、县两级共出动执法人员', '', '出动执法人员'],
    ['责令退费', '', '责令退费'],
    ['采用多种方式开展联合执法检查', '', '开展联合执法检查'],
    ['', '人大代表和政协委员参与监督', '人大代表和政协委员'],
    ['全市', '中小学开展暑期托管服务', '中小学'],
    ['非学科类校外培训机构，', '完成审批核准', '非学科类校外培训机构完成审批核准'],
    ['学科类校外培训机构，现已压减至', '', '学科类校外培训机构'],
    ['覆盖全市', '以上的中小学生', '中小学生'],
    ['对已注销的', '机构实行排查', '已注销的机构'],
  ])('before "%s", after "%s": %s', (before, after, title) => {
    expect(draftTitleZh(before, after, 'label')).toBe(title);
  });

  it('keeps to 16 characters', () => {
    expect(
      [...draftTitleZh('', '父母该如何承担家庭教育的主体责任专场讲座的参加人员', 'x')].length,
    ).toBeLessThanOrEqual(16);
  });
});

it('makes titles unique with the period, then a number', () => {
  expect(
    uniqueTitles([
      { zh: '检查机构', period: null },
      { zh: '检查机构', period: '暑期' },
      { zh: '检查机构', period: null },
    ]),
  ).toEqual(['检查机构', '暑期检查机构', '检查机构(2)']);
});

it('drafts a label from the quote and the period', () => {
  expect(draftLabel('市县两级督导部门印发督办单46件', '46件', '件', '截至目前')).toEqual({
    zh: '截至目前市县两级督导部门印发督办单(件)',
    en: expect.stringMatching(/^TODO: /),
  });
});

it('drafts readable, unique, kebab-case ids from the glossary', () => {
  expect(glossaryWords('出动执法人员')).toEqual(['dispatched', 'enforcement', 'staff']);
  expect(
    draftIds([
      { title: '检查机构', label: '', unit: 'institution-visits', order: 1 },
      { title: '检查机构', label: '', unit: 'institutions', order: 2 },
      { title: '某某', label: '', unit: 'CNY', order: 3 },
    ]),
  ).toEqual(['inspections-institutions', 'inspections-institutions-2', 'figure-003-cny']);
});

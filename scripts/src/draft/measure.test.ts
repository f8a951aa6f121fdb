import { describe, expect, it } from 'vitest';
import { chooseUnit, measureWordAt, needsNoun } from './measure.ts';

describe('measureWordAt', () => {
  it.each([
    ['人次参与', '人次'],
    ['人参加', '人'],
    ['个次', '个次'],
    ['家次', '家次'],
    ['件次', '件次'],
    ['个百分点', '个百分点'],
    ['部门联合', '部门'],
    ['部举报电话', '部'],
    ['%218所', '%'],
    ['％', '％'],
    ['课时', '课时'],
    ['个月', '个月'],
  ])('finds the longest measure word in %s', (text, word) => {
    expect(measureWordAt(text, 0)).toBe(word);
  });

  it('finds none before a noun', () => {
    expect(measureWordAt('学生', 0)).toBeNull();
  });
});

describe('chooseUnit', () => {
  it.each([
    ['个', '机构、个人', '', 'entities'],
    ['个', '原学科类培训机构', '', 'institutions'],
    ['个', '临时党支部', '', 'organizations'],
    ['个', '网格片区', '', 'areas'],
    ['个', '县(区)因', '', 'counties'],
    ['个', '部门', '', 'departments'],
    ['个', '', '假注销、真运营机构', 'institutions'],
    ['个', '问题整治', '', 'items'],
    ['个', '', '全县共查处无证办学点', 'institutions'],
    ['个', '乡镇', '', 'areas'],
    ['所', '中小学', '', 'schools'],
    ['所', '', '检查培训机构', 'institutions'],
    ['条', '', '举报线索', 'leads'],
    ['条', '内容', '', 'items'],
    ['起', '涉及隐形变异问题线索', '', 'leads'],
    ['起', '违规培训行为', '', 'cases'],
    ['件', '', '督办单', 'documents'],
    ['件', '', '投诉举报', 'cases'],
    ['次', '专项调度会', '', 'meetings'],
    ['次', '', '召开会议', 'meetings'],
    ['次', '', '开展联合执法检查', 'times'],
    ['部', '举报电话', '', 'phone-lines'],
    ['名', '督学', '', 'persons'],
    ['人次', '', '出动执法人员', 'person-times'],
    ['家次', '', '检查机构', 'institution-visits'],
    ['元', '', '退费', 'CNY'],
    ['%', '', '覆盖率', 'percent'],
    ['年', '', '连续', 'years'],
  ])('%s with "%s" after and "%s" before: %s', (word, after, before, unit) => {
    expect(chooseUnit(word, after, before)).toMatchObject({ unit, proposed: false });
  });

  it('proposes a unit for a measure word the schema lacks, and a classifier for a known unit', () => {
    expect(chooseUnit('场', '专题讲座', '')).toMatchObject({ unit: 'sessions', proposed: true });
    expect(chooseUnit('个', '学校', '')).toMatchObject({ unit: 'schools', proposed: true });
    expect(chooseUnit('个', '学校', '').why).toMatch(/measure-words\.ts/);
  });

  it('knows which measure words need the thing counted named', () => {
    expect(needsNoun('个')).toBe(true);
    expect(needsNoun('名')).toBe(true);
    expect(needsNoun('次')).toBe(false);
    expect(needsNoun('元')).toBe(false);
  });
});

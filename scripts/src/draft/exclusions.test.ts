import { describe, expect, it } from 'vitest';
import {
  bookTitles,
  codes,
  contacts,
  dates,
  eachSlogans,
  fixedPhrases,
  leftoverChinese,
  markers,
  numeralIdioms,
  numeralPeriods,
  plusTerms,
  slogans,
  structures,
  titleWords,
  type Candidate,
} from './exclusions.ts';
import { Doc } from './text.ts';

/** What a rule claims in `text`, longest first and without overlaps, as the drafter takes them. */
const found = (rule: (doc: Doc) => Candidate[], text: string) => {
  const doc = new Doc(text);
  const taken: Candidate[] = [];
  for (const c of [...rule(doc)].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  ))
    if (!taken.some((t) => t.start < c.end && c.start < t.end)) taken.push(c);
  return taken.sort((a, b) => a.start - b.start).map((c) => [doc.slice(c.start, c.end), c.kind]);
};

describe('exclusion rules', () => {
  it('dates and times', () => {
    expect(
      found(
        dates,
        '2023年9月27日召开，9月28日至10月1日，2023-09-27，二〇二三年九月，晚8点后，18:30开始',
      ),
    ).toEqual([
      ['2023年9月27日', 'date'],
      ['9月28日', 'date'],
      ['10月1日', 'date'],
      ['2023-09-27', 'date'],
      ['二〇二三年九月', 'date'],
      ['8点', 'date'],
      ['18:30', 'date'],
    ]);
    expect(found(dates, '3个月，20224个县')).toEqual([]);
  });

  it('phone numbers, hotlines and addresses, not counts of phone lines', () => {
    expect(
      found(
        contacts,
        '拨打12345热线，“12315”投诉电话，电话：0551-6281234，公开45部举报电话，www.jyj12.gov.cn',
      ),
    ).toEqual([
      ['12345', 'contact'],
      ['12315', 'contact'],
      ['0551-6281234', 'contact'],
      ['www.jyj12.gov.cn', 'contact'],
    ]);
  });

  it('policy designs with +', () => {
    expect(found(plusTerms, '完善“1+N”制度，落实5+2模式，构建3+1+N体系，互联网+监管')).toEqual([
      ['1+N', 'policy-term'],
      ['5+2', 'policy-term'],
      ['3+1+N', 'policy-term'],
    ]);
  });

  it('codes and versions', () => {
    expect(found(codes, '5G课堂、K12平台、APP2.0版本、H5页面')).toEqual([
      ['5G', 'name'],
      ['K12', 'name'],
      ['APP2.0', 'name'],
      ['H5', 'name'],
    ]);
  });

  it('list markers in all four styles, and ordinals', () => {
    expect(
      found(
        markers,
        '一、总体情况\n（一）加强领导。一是压实责任，二是强化督导。\n1．健全机制\n第一，明确分工。第三方评估，第二批名单。',
      ),
    ).toEqual([
      ['一、', 'section-marker'],
      ['（一）', 'section-marker'],
      ['一是', 'section-marker'],
      ['二是', 'section-marker'],
      ['1．', 'section-marker'],
      ['第一', 'section-marker'],
      ['第三', 'word'],
      ['第二批', 'word'],
    ]);
  });

  it('period phrases and time limits with numerals', () => {
    expect(found(numeralPeriods, '两年来，近三年，前三季度，3个工作日内，24小时内')).toEqual([
      ['两年来', 'period'],
      ['近三年', 'period'],
      ['前三季度', 'period'],
      ['3个工作日内', 'period'],
      ['24小时内', 'period'],
    ]);
  });

  it('administrative levels', () => {
    expect(found(structures, '市县两级督导，省市县三级联动，市、县两级，三级网格制度')).toEqual([
      ['市县两级', 'structure'],
      ['省市县三级', 'structure'],
      ['市、县两级', 'structure'],
      ['三级网格', 'structure'],
    ]);
  });

  it('fixed words and idioms, not inside a longer number or an ordinal', () => {
    expect(
      found(fixedPhrases, '进一步落实双减，一批机构，三万一千人，第一批').map(([t]) => t),
    ).toEqual(['进一步', '双减', '一批']);
  });

  it('four-character idioms and one-for-each slogans', () => {
    expect(found(numeralIdioms, '三令五申，一岗双责，举一反三')).toEqual([
      ['三令五申', 'word'],
      ['一岗双责', 'policy-term'],
      ['举一反三', 'word'],
    ]);
    expect(found(eachSlogans, '一机构一档、一校一策')).toEqual([
      ['一机构一档', 'policy-term'],
      ['一校一策', 'policy-term'],
    ]);
  });

  it('rhetorical counts of actions and titles of documents', () => {
    expect(found(slogans, '围绕四个严查，落实三个强化，设立两个部门')).toEqual([
      ['四个严查', 'policy-term'],
      ['三个强化', 'policy-term'],
    ]);
    expect(found(bookTitles, '印发《关于做好三项工作的通知》和《通知》')).toEqual([
      ['《关于做好三项工作的通知》', 'name'],
    ]);
  });

  it('title wording', () => {
    const doc = new Doc('某市三力赋能破除治理三难\n正文');
    expect(titleWords(doc, { start: 0, end: 12 }).map((c) => doc.slice(c.start, c.end))).toEqual([
      '三力赋能',
      '三难',
    ]);
  });

  it('leftover Chinese numerals: 一 as "a", one digit as a structure, a numeral in a word', () => {
    const doc = new Doc('作为一项重大任务，确立两条监管主线，发布一封信');
    const at = (s: string) => {
      const c = leftoverChinese(doc, doc.flat.indexOf(s), () => true);
      return [doc.slice(c.start, c.end), c.kind];
    };
    expect(at('一项')).toEqual(['一项重大', 'word']);
    expect(at('两条')).toEqual(['两条监管主线', 'structure']);
    expect(at('一封')).toEqual(['一封信', 'word']);
  });
});

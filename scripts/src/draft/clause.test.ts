import { describe, expect, it } from 'vitest';
import { chooseQuote, namesThingAfter, namesThingBefore, type QuotedNumber } from './clause.ts';
import { Doc } from './text.ts';

/** Numbers of `text` given as [raw, measure word] pairs, in order. */
function numbers(text: string, written: [string, string][]): QuotedNumber[] {
  let from = 0;
  return written.map(([raw, unit]) => {
    const start = text.indexOf(raw + unit, from);
    from = start + raw.length;
    return {
      raw: { start, end: start + raw.length },
      unitEnd: start + raw.length + unit.length,
      needsNoun: !['次', '人次', '元', '%'].includes(unit),
    };
  });
}

function quotes(text: string, written: [string, string][]): string[] {
  const doc = new Doc(text);
  const all = numbers(text, written);
  return all.map((n) => {
    const q = chooseQuote(doc, n, all, { start: 0, end: doc.length });
    return doc.slice(q.start, q.end);
  });
}

describe('chooseQuote', () => {
  it('quotes the part between 、 that holds the number', () => {
    expect(
      quotes('截至目前，市县两级督导部门印发督办单46件、通报23次、约谈17人次。', [
        ['46', '件'],
        ['23', '次'],
        ['17', '人次'],
      ]),
    ).toEqual(['市县两级督导部门印发督办单46件', '通报23次', '约谈17人次']);
  });

  it('takes in parts without a number of their own', () => {
    expect(quotes('今年以来，市、县两级共出动执法人员3937人次。', [['3937', '人次']])).toEqual([
      '市、县两级共出动执法人员3937人次',
    ]);
    expect(quotes('召开17次专项调度会、推进会。', [['17', '次']])).toEqual([
      '召开17次专项调度会、推进会',
    ]);
  });

  it('runs past 、 to the thing counted when the measure word ends its part', () => {
    expect(
      quotes('现已公布2批、281家校外培训机构白名单。', [
        ['2', '批'],
        ['281', '家'],
      ])[0],
    ).toBe('现已公布2批、281家校外培训机构白名单');
  });

  it('reaches back into the previous clause for what the number counts', () => {
    expect(
      quotes('全市原有216个学科类校外培训机构，现已压减至24个。', [
        ['216', '个'],
        ['24', '个'],
      ]),
    ).toEqual(['全市原有216个学科类校外培训机构', '学科类校外培训机构，现已压减至24个']);
    expect(quotes('开展双减理论宣贯，5860人次参与。', [['5860', '人次']])).toEqual([
      '开展双减理论宣贯，5860人次参与',
    ]);
    expect(
      quotes('全县共查处无证办学点11个，其中取缔9个、规范2个。', [
        ['11', '个'],
        ['9', '个'],
        ['2', '个'],
      ])[1],
    ).toBe('全县共查处无证办学点11个，其中取缔9个');
  });

  it('keeps the raw number and measure word once in the quote', () => {
    const [first, second] = quotes('罚款5000元、罚款5000元。', [
      ['5000', '元'],
      ['5000', '元'],
    ]);
    expect(first).toBe('罚款5000元');
    expect(second).toBe('罚款5000元');
  });
});

describe('namesThing', () => {
  it('tells a noun from a verb or function words', () => {
    expect(namesThingBefore('检查培训机构')).toBe(true);
    expect(namesThingBefore('现已压减至')).toBe(false);
    expect(namesThingAfter('责任区督学')).toBe(true);
    expect(namesThingAfter('完成审批核准')).toBe(false);
    expect(namesThingAfter('')).toBe(false);
  });
});

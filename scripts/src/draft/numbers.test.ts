import { describe, expect, it } from 'vitest';
import { readNumberAt } from './numbers.ts';
import { Doc } from './text.ts';

/** The raw number read at the first numeral of `text` (or at `from`). */
function raw(text: string, from?: string): string | null {
  const doc = new Doc(text);
  const at =
    from === undefined
      ? text.search(/[0-9０-９〇零一二两三四五六七八九十百千]/u)
      : text.indexOf(from);
  const expr = readNumberAt(doc, at, 0, doc.length);
  return expr && doc.slice(expr.start, expr.end);
}

describe('readNumberAt', () => {
  it.each([
    ['检查1700余人次', '1700余'],
    ['责令退费89.16万元', '89.16万'],
    ['核查资金800余万元', '800余万'],
    ['勒令退还12万余元', '12万余'],
    ['参与师生近10万人', '近10万'],
    ['将近3000人参加', '将近3000'],
    ['发放约3万份', '约3万'],
    ['逾3000人', '逾3000'],
    ['服务时长超过12万课时', '超过12万'],
    ['300多人', '300多'],
    ['罚款5千元', '5千'],
    ['罚没2.35亿元', '2.35亿'],
    ['共１２８６家', '１２８６'],
    ['组织两百一十名志愿者', '两百一十'],
    ['十余个部门', '十余'],
    ['七成家长参与', '七成'],
    ['全市三分之一的学校', '三分之一'],
  ])('reads %s as %s', (text, expected) => {
    expect(raw(text)).toBe(expected);
  });

  it('reads percent in words from 百', () => {
    expect(raw('覆盖百分之九十五以上', '百')).toBe('百分之九十五');
  });

  it.each([
    ['约谈17人次', '17'],
    ['签约17家机构', '17'],
    ['附近3所学校', '3'],
    ['赶超5家', '5'],
    ['3多样化', '3'],
    ['三成立专班', '三'],
  ])('does not take a word for a qualifier or a share: %s', (text, expected) => {
    expect(raw(text, expected)).toBe(expected);
  });

  it('stops where the next claim starts', () => {
    const doc = new Doc('1700余人次');
    expect(readNumberAt(doc, 0, 0, 4)).toMatchObject({ start: 0, end: 4 });
  });
});

import { describe, expect, it } from 'vitest';
import { chineseRuns, hasChinese } from './chinese-runs';

const zhParts = (text: string) => chineseRuns(text).flatMap((r) => (r.zh ? [r.text] : []));

describe('chineseRuns', () => {
  it.each<[string, string[]]>([
    ['Enforcement staff deployed', []],
    ['Responsibility-zone school inspectors (责任区督学) assigned', ['责任区督学']],
    ['Lower bound (余 or 多 in the source)', ['余', '多']],
    ['Written as 1054所 (institutions); probably visits', ['1054所']],
    ['The republished copy lost punctuation: 20224个县(区) reads as', ['20224个县(区)']],
    ['Supervision orders (督办单, written orders to act)', ['督办单']],
    [
      'a document title (《……致广大中小学生家长的一封信》, "a letter")',
      ['《……致广大中小学生家长的一封信》'],
    ],
    [
      'read: special lecture "父母该如何承担家庭教育的主体责任", participants',
      ['父母该如何承担家庭教育的主体责任'],
    ],
    [
      'in 推动智慧+监管率先建立, 智慧+监管 ("smart + supervision")',
      ['推动智慧+监管率先建立', '智慧+监管'],
    ],
    ['Shuangjian Data (双减治理数据), version 1.0.0', ['双减治理数据']],
    [
      '“Hefei: three forces” [合肥市三力赋能破除治理三难 提升校外培训治理成效]',
      ['合肥市三力赋能破除治理三难', '提升校外培训治理成效'],
    ],
  ])('%s', (text, zh) => {
    expect(zhParts(text)).toEqual(zh);
    expect(
      chineseRuns(text)
        .map((r) => r.text)
        .join(''),
    ).toBe(text);
    for (const r of chineseRuns(text)) if (!r.zh) expect(hasChinese(r.text), r.text).toBe(false);
  });

  it('gives a text with no Chinese back as one run', () => {
    expect(chineseRuns('3,937 person-times')).toEqual([{ text: '3,937 person-times', zh: false }]);
    expect(chineseRuns('')).toEqual([]);
  });
});

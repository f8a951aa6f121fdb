import { describe, expect, it } from 'vitest';
import { choosePeriod, findPeriods } from './period.ts';
import { Doc } from './text.ts';

/** The period of the number `at` in `text`. */
function periodOf(text: string, at: string) {
  const doc = new Doc(text);
  const { why, ...period } = choosePeriod(doc, text.indexOf(at), findPeriods(doc), {
    start: 0,
    end: doc.length,
  });
  expect(why).not.toBe('');
  return period;
}

describe('choosePeriod', () => {
  it.each([
    ['今年以来，开展检查12次，出动人员300人次。', '300', { wording: '今年以来', kind: 'year' }],
    ['截至目前，印发督办单46件、通报23次。', '23', { wording: '截至目前', kind: 'as_of' }],
    ['现有机构378个，331个完成审批。', '331', { wording: '现有', kind: 'as_of' }],
    ['两年来，共召开会议15次。', '15', { wording: '两年来', kind: 'cumulative' }],
    ['全市累计受理线索56起。', '56', { wording: '累计', kind: 'cumulative' }],
    ['双减工作以来，压减机构146家。', '146', { wording: '双减工作以来', kind: 'cumulative' }],
    ['暑期，开展检查48次。', '48', { wording: '暑期', kind: 'season' }],
    ['全市323所中小学开展暑期托管服务。', '323', { wording: '暑期', kind: 'season' }],
    ['前三季度，检查机构200家次。', '200', { wording: '前三季度', kind: 'year' }],
    ['原有机构216个，现已压减至24个。', '216', { wording: '原有', kind: 'unspecified' }],
    ['原有机构216个，现已压减至24个。', '24', { wording: '现已', kind: 'as_of' }],
  ])('%s → %s', (text, at, expected) => {
    expect(periodOf(text, at)).toMatchObject(expected);
  });

  it('fixes dates where the text names the calendar', () => {
    expect(periodOf('2022年，全县累计排查机构1200家次。', '1200')).toEqual({
      wording: '2022年',
      kind: 'year',
      start: '2022-01-01',
      end: '2022-12-31',
    });
    expect(periodOf('截至2023年6月底，全市共有机构1286家。', '1286')).toEqual({
      wording: '截至2023年6月底',
      kind: 'as_of',
      start: null,
      end: '2023-06-30',
    });
    expect(periodOf('2023年上半年，检查机构500家次。', '500')).toMatchObject({
      start: '2023-01-01',
      end: '2023-06-30',
    });
    expect(periodOf('2023年前三季度，检查机构500家次。', '500')).toMatchObject({
      start: '2023-01-01',
      end: '2023-09-30',
    });
    expect(periodOf('2024年1-2月，检查机构500家次。', '500')).toMatchObject({
      start: '2024-01-01',
      end: '2024-02-29',
    });
    expect(periodOf('2021年9月以来，检查机构500家次。', '500')).toMatchObject({
      kind: 'cumulative',
      start: '2021-09-01',
      end: null,
    });
  });

  it('keeps a period phrase to its sentence', () => {
    expect(periodOf('今年以来，开展检查12次。查实机构159个。', '159').kind).toBe('unspecified');
  });

  it('does not take a baseline for a period (较去年, 比上年)', () => {
    expect(periodOf('参与率较去年提高了5%。', '5').kind).toBe('unspecified');
  });

  it('reads 已完成 as a stock at the time of the report, without wording', () => {
    expect(periodOf('已完成审批的161家机构全部纳入平台。', '161')).toMatchObject({
      wording: null,
      kind: 'as_of',
    });
  });
});

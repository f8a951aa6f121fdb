import { describe, expect, it } from 'vitest';
import { NUMERAL_PATTERN, parseRaw, qualifierAfterUnit } from './numerals.ts';

describe('parseRaw', () => {
  it.each([
    ['3937', 3937, 'exact', 0],
    ['1700余', 1700, 'at_least', 0],
    ['300多', 300, 'at_least', 0],
    ['89.16万', 891600, 'exact', 2],
    ['162万', 1620000, 'exact', 0],
    ['800余万', 8000000, 'at_least', 0],
    ['12万余', 120000, 'at_least', 0],
    ['近10万', 100000, 'nearly', 0],
    ['将近3000', 3000, 'nearly', 0],
    ['500左右', 500, 'approx', 0],
    ['约2万左右', 20000, 'approx', 0],
    ['约5', 5, 'approx', 0],
    ['88.89', 88.89, 'exact', 2],
    ['十五', 15, 'exact', 0],
    ['二十', 20, 'exact', 0],
    ['一百零五', 105, 'exact', 0],
    ['两千', 2000, 'exact', 0],
    ['三万', 30000, 'exact', 0],
    ['1.5亿', 150000000, 'exact', 1],
    ['2.35亿', 235000000, 'exact', 2],
    ['两百一十', 210, 'exact', 0],
    ['一万二千', 12000, 'exact', 0],
    ['一亿五千万', 150000000, 'exact', 0],
    ['十五万余', 150000, 'at_least', 0],
    ['３７', 37, 'exact', 0],
    ['１２．５', 12.5, 'exact', 1],
    ['3千', 3000, 'exact', 0],
    ['1.2千万', 12000000, 'exact', 1],
    ['逾3000', 3000, 'at_least', 0],
    ['超过2万', 20000, 'at_least', 0],
    ['超500', 500, 'at_least', 0],
    ['百分之三十', 30, 'exact', 0],
    ['百分之12.5', 12.5, 'exact', 1],
    ['近百分之九十', 90, 'nearly', 0],
    ['七成', 70, 'exact', 0],
    ['约6.5成', 65, 'approx', 0],
    ['四分之三', 75, 'exact', 0],
  ] as const)('reads %s as %d (%s)', (raw, value, qualifier, decimals) => {
    expect(parseRaw(raw)).toEqual({ value, qualifier, decimals });
  });

  it.each([
    '',
    '37人次',
    '3,937',
    '约1700余',
    '近10余万',
    '近500左右',
    '左右500',
    '1700余多',
    '五五',
    'abc',
    '12345 ',
    '١٢',
    '逾300余',
    '约超过5',
    '三千千',
    '3百千',
    '三万万',
    '零分之一',
    '百分之',
    '成',
  ])('rejects %j', (raw) => {
    expect(parseRaw(raw)).toHaveProperty('error');
  });
});

it('reads a third as a share in percent', () => {
  expect(parseRaw('三分之一')).toEqual({ value: 100 / 3, qualifier: 'exact', decimals: 0 });
});

it('reads qualifiers written after the measure word', () => {
  expect(qualifierAfterUnit('以上的学校')).toEqual({ qualifier: 'at_least', word: '以上' });
  expect(qualifierAfterUnit('左右。')).toEqual({ qualifier: 'approx', word: '左右' });
  expect(qualifierAfterUnit('多')).toEqual({ qualifier: 'at_least', word: '多' });
  expect(qualifierAfterUnit('参加')).toBeNull();
});

it('scans full-width digits as numerals', () => {
  expect(Array.from('共１２．５万人，3项'.matchAll(NUMERAL_PATTERN), (m) => m[0])).toEqual([
    '１２．５',
    '万',
    '3',
  ]);
});

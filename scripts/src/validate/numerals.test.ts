import { describe, expect, it } from 'vitest';
import { parseRaw } from './numerals.ts';

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
  ])('rejects %j', (raw) => {
    expect(parseRaw(raw)).toHaveProperty('error');
  });
});

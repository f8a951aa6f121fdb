import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from './format';

describe('formatValue', () => {
  it.each([
    [{ value: 3937, unit: 'person-times', qualifier: 'exact' }, '3,937 人次', '3,937 person-times'],
    [
      { value: 1700, unit: 'person-times', qualifier: 'at_least' },
      '≥1,700 人次',
      '≥ 1,700 person-times',
    ],
    [{ value: 100000, unit: 'persons', qualifier: 'approx' }, '约100,000 人', '≈ 100,000 persons'],
    [
      { value: 100000, unit: 'persons', qualifier: 'nearly' },
      '近100,000 人',
      'nearly 100,000 persons',
    ],
    [{ value: 88.89, unit: 'percent', qualifier: 'exact' }, '88.89%', '88.89%'],
    [{ value: 891600, unit: 'CNY', qualifier: 'exact' }, '891,600 元', '891,600 yuan (CNY)'],
  ] as const)('%j', (f, zh, en) => {
    expect(formatValue(f, 'zh')).toBe(zh);
    expect(formatValue(f, 'en')).toBe(en);
  });

  it('never rounds a value', () => {
    expect(formatNumber(87.57, 'en')).toBe('87.57');
    expect(formatNumber(1620000, 'zh')).toBe('1,620,000');
    expect(formatNumber(0.123456789, 'en')).toBe('0.123456789');
  });
});

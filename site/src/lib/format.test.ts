import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from './format';

// Values keep their parts together with no-break spaces; compare them as plain text.
const sp = (s: string) => s.replace(/\u00A0/g, ' ');

describe('formatValue', () => {
  it.each([
    [{ value: 3937, unit: 'person-times', qualifier: 'exact' }, '3937人次', '3,937 person-times'],
    [
      { value: 1700, unit: 'person-times', qualifier: 'at_least', raw: '1700余' },
      '1700余人次',
      '≥ 1,700 person-times',
    ],
    [{ value: 100000, unit: 'persons', qualifier: 'approx' }, '约10万人', '≈ 100,000 persons'],
    [
      { value: 100000, unit: 'persons', qualifier: 'nearly', raw: '近10万' },
      '近10万人',
      'nearly 100,000 persons',
    ],
    [{ value: 88.89, unit: 'percent', qualifier: 'exact' }, '88.89%', '88.89%'],
    [
      { value: 891600, unit: 'CNY', qualifier: 'exact', raw: '89.16万' },
      '89.16万元',
      '891,600 yuan',
    ],
  ] as const)('%j', (f, zh, en) => {
    expect(formatValue(f, 'zh')).toBe(zh);
    expect(sp(formatValue(f, 'en'))).toBe(en);
  });

  it('never rounds a value', () => {
    expect(formatNumber(87.57, 'en')).toBe('87.57');
    expect(formatNumber(1620000, 'zh')).toBe('162万');
    expect(formatNumber(1620000, 'en')).toBe('1,620,000');
    expect(formatNumber(0.123456789, 'en')).toBe('0.123456789');
  });
});

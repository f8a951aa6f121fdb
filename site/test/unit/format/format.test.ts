// How values read: as Chinese reports write them in zh, every digit grouped in en, never rounded.
import type { Qualifier, Unit } from '@shuangjian/schema';
import { describe, expect, it } from 'vitest';
import {
  formatBaseValue,
  formatDigits,
  formatNumber,
  formatValue,
  type ValueParts,
} from '../../../src/lib/format';

// Values keep their parts together with no-break spaces; compare them as plain text.
const sp = (s: string) => s.replace(/\u00A0/g, ' ');
const v = (value: number, unit: Unit, qualifier: Qualifier, raw?: string): ValueParts => ({
  value,
  unit,
  qualifier,
  raw,
});

describe('formatValue: a raw in Arabic digits that reads back as the value is shown as written', () => {
  it.each([
    // The four values of the issue.
    [v(891600, 'CNY', 'exact', '89.16万'), '89.16万元', '891,600 yuan'],
    [v(1620000, 'persons', 'exact', '162万'), '162万人', '1,620,000 persons'],
    [v(8000000, 'CNY', 'at_least', '800余万'), '800余万元', '≥ 8,000,000 yuan'],
    [v(100000, 'persons', 'nearly', '近10万'), '近10万人', 'nearly 100,000 persons'],
    // 余 after 万, 余 and 多 after digits, 将近 and 约, 亿, a percent, a small number.
    [v(120000, 'CNY', 'at_least', '12万余'), '12万余元', '≥ 120,000 yuan'],
    [v(1700, 'person-times', 'at_least', '1700余'), '1700余人次', '≥ 1,700 person-times'],
    [v(300, 'leads', 'at_least', '300多'), '300多条线索', '≥ 300 leads'],
    [v(3000, 'persons', 'nearly', '将近3000'), '将近3000人', 'nearly 3,000 persons'],
    [v(20000, 'persons', 'approx', '约2万'), '约2万人', '≈ 20,000 persons'],
    [v(150000000, 'CNY', 'exact', '1.5亿'), '1.5亿元', '150,000,000 yuan'],
    [v(88.89, 'percent', 'exact', '88.89'), '88.89%', '88.89%'],
    [v(3937, 'person-times', 'exact', '3937'), '3937人次', '3,937 person-times'],
    [v(12345, 'persons', 'exact', '12345'), '12345人', '12,345 persons'],
    // As written even where the rule would write it otherwise (12余万, 300余, 近3000, 89.1万).
    [v(891000, 'CNY', 'exact', '89.10万'), '89.10万元', '891,000 yuan'],
    // Full-width digits are shown after NFKC normalisation.
    [v(891600, 'CNY', 'exact', '８９.１６万'), '89.16万元', '891,600 yuan'],
  ])('%j', (parts, zh, en) => {
    expect(formatValue(parts, 'zh')).toBe(zh);
    expect(sp(formatValue(parts, 'en'))).toBe(en);
  });
});

describe('formatValue by rule: no raw, a raw in Chinese numerals, or one that is not the value', () => {
  it.each([
    // No raw (a derived value): 亿 exact to 4 decimals, 万 exact to 2, else plain digits.
    [v(891600, 'CNY', 'exact'), '89.16万元'],
    [v(1620000, 'persons', 'exact'), '162万人'],
    [v(235000000, 'CNY', 'exact'), '2.35亿元'],
    [v(123456700, 'CNY', 'exact'), '12345.67万元'],
    [v(123456789, 'CNY', 'exact'), '123456789元'],
    [v(891601, 'CNY', 'exact'), '891601元'],
    [v(12345, 'persons', 'exact'), '12345人'],
    [v(10000, 'persons', 'exact'), '1万人'],
    [v(9999, 'persons', 'exact'), '9999人'],
    [v(3937, 'person-times', 'exact'), '3937人次'],
    [v(88.89, 'percent', 'exact'), '88.89%'],
    [v(12000, 'percent', 'exact'), '12000%'],
    [v(0.123456789, 'persons', 'exact'), '0.123456789人'],
    [v(1, 'persons', 'exact'), '1人'],
    // Every qualifier.
    [v(100000, 'persons', 'approx'), '约10万人'],
    [v(100000, 'persons', 'nearly'), '近10万人'],
    [v(8000000, 'CNY', 'at_least'), '800余万元'],
    [v(1700, 'person-times', 'at_least'), '1700余人次'],
    [v(891600, 'CNY', 'at_least'), '超过89.16万元'],
    [v(2.5, 'persons', 'at_least'), '超过2.5人'],
    [v(90, 'percent', 'at_least'), '超过90%'],
    [v(300000000, 'CNY', 'at_least'), '3亿余元'],
    // Chinese numerals fall back to the rule.
    [v(210, 'persons', 'exact', '两百一十'), '210人'],
    [v(100000, 'persons', 'exact', '十万'), '10万人'],
    [v(1700, 'person-times', 'at_least', '一千七百余'), '1700余人次'],
    [v(33.33, 'percent', 'exact', '三分之一'), '33.33%'],
    // A raw that does not read back as the value (or its qualifier) falls back to the rule.
    [v(891601, 'CNY', 'exact', '89.16万'), '891601元'],
    [v(1620000, 'persons', 'at_least', '162万'), '162余万人'],
    [v(1700, 'person-times', 'exact', '1700余'), '1700人次'],
    [v(20000, 'persons', 'approx', '约2万左右'), '约2万人'],
    [v(100000, 'persons', 'nearly', '近10余万'), '近10万人'],
    [v(88.89, 'percent', 'exact', '88.9'), '88.89%'],
    [v(12345, 'persons', 'exact', '12,345'), '12345人'],
  ])('%j', (parts, zh) => {
    expect(formatValue(parts, 'zh')).toBe(zh);
  });
});

describe('formatValue in English', () => {
  it.each([
    [v(891600, 'CNY', 'exact', '89.16万'), '891,600 yuan', '891,600 yuan'],
    [v(1700, 'person-times', 'at_least'), '≥ 1,700 person-times', 'at least 1,700 person-times'],
    [v(100000, 'persons', 'approx'), '≈ 100,000 persons', 'about 100,000 persons'],
    [v(100000, 'persons', 'nearly'), 'nearly 100,000 persons', 'nearly 100,000 persons'],
    [v(88.89, 'percent', 'exact'), '88.89%', '88.89%'],
    [v(90, 'percent', 'at_least'), '≥ 90%', 'at least 90%'],
    [v(1, 'persons', 'exact'), '1 person', '1 person'],
    [v(1, 'entities', 'exact'), '1 institution or individual', '1 institution or individual'],
    [v(1, 'CNY', 'exact'), '1 yuan', '1 yuan'],
    [v(0.123456789, 'persons', 'exact'), '0.123456789 persons', '0.123456789 persons'],
    [v(1234567.891, 'CNY', 'exact'), '1,234,567.891 yuan', '1,234,567.891 yuan'],
  ])('%j', (parts, symbols, words) => {
    expect(sp(formatValue(parts, 'en'))).toBe(symbols);
    expect(sp(formatValue(parts, 'en', { words: true }))).toBe(words);
  });

  it('binds the qualifier, number and unit with no-break spaces', () => {
    expect(formatValue(v(8000000, 'CNY', 'at_least'), 'en')).toBe('≥\u00A08,000,000\u00A0yuan');
    expect(formatValue(v(100000, 'persons', 'nearly'), 'en')).toBe(
      'nearly\u00A0100,000\u00A0persons',
    );
  });

  it('needs no words in Chinese: 余, 约 and 近 are read aloud', () => {
    for (const parts of [
      v(8000000, 'CNY', 'at_least', '800余万'),
      v(100000, 'persons', 'approx'),
      v(100000, 'persons', 'nearly', '近10万'),
    ])
      expect(formatValue(parts, 'zh', { words: true })).toBe(formatValue(parts, 'zh'));
  });
});

describe('formatNumber: axis ticks and arithmetic', () => {
  it('writes zh ticks with 万 and 亿 and en ticks with every digit', () => {
    const ticks = [0, 500000, 1000000, 1500000];
    expect(ticks.map((t) => formatNumber(t, 'zh'))).toEqual(['0', '50万', '100万', '150万']);
    expect(ticks.map((t) => formatNumber(t, 'en'))).toEqual([
      '0',
      '500,000',
      '1,000,000',
      '1,500,000',
    ]);
    expect([2500, 25000, 250000000, 123456789].map((t) => formatNumber(t, 'zh'))).toEqual([
      '2500',
      '2.5万',
      '2.5亿',
      '123456789',
    ]);
  });

  it('never rounds and never invents precision', () => {
    expect(formatNumber(87.57, 'zh')).toBe('87.57');
    expect(formatNumber(0.123456789, 'en')).toBe('0.123456789');
    expect(formatNumber(0.1 + 0.2, 'en')).toBe('0.30000000000000004');
    expect(formatNumber(1e21, 'en')).toBe('1,000,000,000,000,000,000,000');
    expect(formatNumber(1e-7, 'zh')).toBe('0.0000001');
    expect(formatNumber(-1620000, 'zh')).toBe('-162万');
    expect(formatDigits(1620000)).toBe('1,620,000');
  });
});

describe('formatBaseValue: the exact base-unit value of a data table', () => {
  it.each([
    [v(891600, 'CNY', 'exact', '89.16万'), '891,600 元', '891,600 yuan'],
    [v(8000000, 'CNY', 'at_least', '800余万'), '≥8,000,000 元', '≥ 8,000,000 yuan'],
    [v(100000, 'persons', 'nearly', '近10万'), '近100,000 人', 'nearly 100,000 persons'],
    [v(88.89, 'percent', 'exact', '88.89'), '88.89%', '88.89%'],
  ])('%j', (parts, zh, en) => {
    expect(sp(formatBaseValue(parts, 'zh'))).toBe(zh);
    expect(sp(formatBaseValue(parts, 'en'))).toBe(en);
  });
});

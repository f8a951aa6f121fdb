import { describe, expect, it } from 'vitest';
import { FigureSchema, type Figure } from './figure.js';
import { UNITS, UnitSchema } from './unit.js';

const figure: Figure = {
  id: 'enforcement-personnel-dispatched',
  global_id: 'hefei/enforcement-personnel-dispatched',
  city: 'hefei',
  source: 'hefei-2023-09-27',
  section: 3,
  label: { zh: '出动执法人员', en: 'Enforcement staff deployed (person-times)' },
  title: { zh: '出动执法人员', en: 'Enforcement staff deployed' },
  value: 3937,
  raw: '3937',
  unit: 'person-times',
  unit_zh: '人次',
  qualifier: 'exact',
  period: { wording: '今年以来', kind: 'year', start: null, end: null },
  quote: { text: '市、县两级共出动执法人员3937人次', start: 1233, end: 1251 },
  quote_en: 'city and county levels together deployed 3,937 person-times of enforcement staff',
  indicator: 'enforcement.personnel-dispatched',
  formula: null,
  notes: [{ zh: '说明', en: 'A note' }],
};

describe('FigureSchema', () => {
  it('round-trips a figure through JSON unchanged', () => {
    const parsed = FigureSchema.parse(JSON.parse(JSON.stringify(figure)));
    expect(parsed).toEqual(figure);
    expect(FigureSchema.parse(parsed)).toEqual(parsed);
  });

  it.each<[string, Partial<Record<keyof Figure, unknown>>]>([
    ['an unknown key', { colour: 'red' } as never],
    ['an id that is not kebab-case', { id: 'Enforcement_Personnel' }],
    ['a unit outside the closed list', { unit: 'people' }],
    ['a qualifier outside the list', { qualifier: 'about' }],
    ['a negative value', { value: -1 }],
    ['a value given as text', { value: '3937' }],
    ['a label missing its English', { label: { zh: '出动执法人员' } }],
    ['a bidi override in a label', { label: { zh: '出动', en: 'staff \u202Eevil' } }],
    ['a line separator in a note', { notes: [{ zh: '说明', en: 'a\u2028b' }] }],
    ['a zero-width space in a label', { label: { zh: '出\u200B动', en: 'staff' } }],
    ['a byte-order mark in a note', { notes: [{ zh: '说明', en: '\uFEFFnote' }] }],
    ['a label that is a spreadsheet formula', { label: { zh: '出动', en: '=HYPERLINK("x")' } }],
    ['a note starting with + (a formula)', { notes: [{ zh: '+1', en: 'note' }] }],
    ['a note starting with - (a formula)', { notes: [{ zh: '说明', en: '-2+3' }] }],
    ['a label starting with @ (a formula)', { label: { zh: '@SUM(A1)', en: 'staff' } }],
    ['a label starting with a fullwidth ＝', { label: { zh: '＝1+1', en: 'staff' } }],
    [
      'an invalid date',
      { period: { wording: null, kind: 'year', start: '2023-02-30', end: null } },
    ],
    ['an indicator id without a dot', { indicator: 'enforcement' }],
    ['a figure without a title', { title: undefined }],
    ['a title missing its Chinese', { title: { en: 'Enforcement staff deployed' } }],
    ['a figure without an English quote', { quote_en: undefined }],
    ['an empty English quote', { quote_en: '' }],
    ['an English quote with a bidi override', { quote_en: '3,937 \u202Estaff' }],
    ['an English quote starting with = (a formula)', { quote_en: '=1+1' }],
  ])('rejects %s', (_what, change) => {
    expect(FigureSchema.safeParse({ ...figure, ...change }).success).toBe(false);
  });

  it('accepts =, +, - and @ inside a label, where no spreadsheet reads a formula', () => {
    const label = { zh: '收费 = 退费 + 1', en: 'fees - refunds @ 2023' };
    expect(FigureSchema.safeParse({ ...figure, label }).success).toBe(true);
  });
});

describe('units', () => {
  it('every unit has a Chinese and an English label', () => {
    for (const unit of UnitSchema.options) {
      expect(UNITS[unit].zh.length).toBeGreaterThan(0);
      expect(UNITS[unit].en.length).toBeGreaterThan(0);
    }
  });
});

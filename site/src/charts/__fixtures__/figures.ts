import type { City, Figure, Indicator } from '@shuangjian/schema';

export const cityA: City = {
  slug: 'city-a',
  name: { zh: '甲市', en: 'City <A> & "Co"' },
  province: { zh: '安徽省', en: 'Anhui' },
  admin_code: '340100',
};
export const cityB: City = { ...cityA, slug: 'city-b', name: { zh: '乙市', en: 'City B' } };
export const cityC: City = { ...cityA, slug: 'city-c', name: { zh: '丙市', en: 'City C' } };
export const cityD: City = { ...cityA, slug: 'city-d', name: { zh: '丁市', en: 'City D' } };

/** A figure with everything a chart reads; override what a test needs. */
export function figure(city: City, id: string, overrides: Partial<Figure> = {}): Figure {
  return {
    id,
    global_id: `${city.slug}/${id}`,
    city: city.slug,
    source: `${city.slug}-2023-09-27`,
    section: 1,
    label: { zh: `${id} 的标签`, en: `Label of ${id}` },
    title: { zh: `${id} 的标题`, en: `Title of ${id}` },
    value: 100,
    raw: '100',
    unit: 'persons',
    unit_zh: '人',
    qualifier: 'exact',
    period: { wording: null, kind: 'unspecified', start: null, end: null },
    quote: { text: '100人', start: 0, end: 4 },
    quote_en: '100 people',
    indicator: null,
    formula: null,
    notes: [],
    ...overrides,
  };
}

export const indicator: Indicator = {
  id: 'test.people-counted',
  name: { zh: '检查人员 <含“引号”> & 其他', en: 'People counted <incl. "quotes"> & more' },
  definition: { zh: '定义', en: 'Definition' },
  unit: 'person-times',
  alternate_units: ['persons'],
  comparability: { zh: '说明', en: 'Notes' },
  definition_differences: null,
};

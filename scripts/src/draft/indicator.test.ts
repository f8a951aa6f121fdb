import { expect, it } from 'vitest';
import { CATALOGUE } from './genre-fixtures.ts';
import { indexIndicators, suggestIndicator } from './indicator.ts';

const catalogue = indexIndicators(CATALOGUE);

it('suggests the indicator whose name shares words with the quote and whose unit fits', () => {
  expect(
    suggestIndicator(
      catalogue,
      '出动执法人员3937人次',
      '市县两级出动执法人员3937人次',
      'person-times',
    ).id,
  ).toBe('enforcement.personnel-dispatched');
  expect(suggestIndicator(catalogue, '明确189名网格员', '明确189名网格员', 'persons').id).toBe(
    'grid.workers',
  );
  expect(suggestIndicator(catalogue, '检查机构1054所', '检查机构1054所', 'institutions').id).toBe(
    'inspection.institutions-inspected',
  );
});

it('suggests none when the unit does not fit or no name word is shared', () => {
  const wrongUnit = suggestIndicator(
    catalogue,
    '出动执法人员3937名',
    '出动执法人员3937名',
    'persons',
  );
  expect(wrongUnit.id).toBeNull();
  expect(
    suggestIndicator(catalogue, '张贴355份承诺书', '张贴355份承诺书', 'documents'),
  ).toMatchObject({
    id: null,
    why: expect.stringMatching(/no catalogue indicator is counted in documents/),
  });
});

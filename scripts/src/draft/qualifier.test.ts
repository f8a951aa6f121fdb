import { expect, it } from 'vitest';
import { qualifierWhy } from './qualifier.ts';

it.each([
  ['1700余', 'at_least', '人次', 'at_least', /from 余 in raw/],
  ['近10万', 'nearly', '人', 'nearly', /from 近 in raw/],
  ['约300', 'approx', '家左右', 'approx', /from 约 in raw/],
  ['逾3000', 'at_least', '人', 'at_least', /from 逾 in raw/],
  ['5000', 'exact', '以上', 'at_least', /以上 after the measure word.*qualifier-mismatch/],
  ['500', 'exact', '左右。', 'approx', /左右 after the measure word/],
  ['3', 'exact', '多，', 'at_least', /多 after the measure word/],
  ['3', 'exact', '多部门', 'exact', /qualifier exact/],
  ['3937', 'exact', '，检查', 'exact', /qualifier exact/],
] as const)('%s followed by %s: %s', (raw, fromRaw, after, qualifier, why) => {
  const result = qualifierWhy(raw, fromRaw, after);
  expect(result.qualifier).toBe(qualifier);
  expect(result.why.join(' ')).toMatch(why);
});

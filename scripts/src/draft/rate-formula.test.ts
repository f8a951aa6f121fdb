import { expect, it } from 'vitest';
import { suggestFormula, type RatePart } from './rate-formula.ts';

const part = (
  id: string,
  value: number,
  raw: string,
  at: number,
  unit = 'institutions',
  sentence = 0,
): RatePart => ({
  id,
  value,
  raw,
  at,
  unit,
  sentence,
});

it('finds the share, fall or rise that recomputes to the stated rate', () => {
  const total = part('total', 378, '378', 1);
  const approved = part('approved', 331, '331', 2);
  expect(
    suggestFormula(part('rate', 87.57, '87.57', 3, 'percent'), [total, approved]).formula,
  ).toBe('approved / total');
  const before = part('before', 216, '216', 1);
  const after = part('after', 24, '24', 2);
  expect(suggestFormula(part('rate', 88.89, '88.89', 3, 'percent'), [before, after]).formula).toBe(
    '(before - after) / before',
  );
  const last = part('last', 200, '200', 1);
  const now = part('now', 250, '250', 2);
  expect(suggestFormula(part('rate', 25, '25', 3, 'percent'), [last, now]).formula).toBe(
    '(now - last) / last',
  );
});

it('suggests nothing when no pair recomputes, or the counts are in another sentence', () => {
  const a = part('a', 378, '378', 1);
  const b = part('b', 331, '331', 2);
  expect(suggestFormula(part('rate', 47, '47', 3, 'percent'), [a, b])).toMatchObject({
    formula: null,
  });
  expect(suggestFormula(part('rate', 87.57, '87.57', 3, 'percent', 9), [a, b])).toMatchObject({
    formula: null,
    why: expect.stringMatching(/no two counts/),
  });
});

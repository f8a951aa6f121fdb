import { describe, expect, it } from 'vitest';
import { evaluateFormula, formulaRefs, parseFormula } from './formula.ts';

const values: Record<string, number> = {
  'before-count': 216,
  'after-count': 24,
  approved: 331,
  total: 378,
};
const run = (text: string) => evaluateFormula(parseFormula(text), (id) => values[id]);

describe('formula', () => {
  it('recomputes the stated rates of Huangshan', () => {
    expect((run('(before-count - after-count) / before-count') * 100).toFixed(2)).toBe('88.89');
    expect((run('approved / total') * 100).toFixed(2)).toBe('87.57');
  });

  it('respects precedence and parentheses', () => {
    expect(run('1 + 2 * 3')).toBe(7);
    expect(run('(1 + 2) * 3')).toBe(9);
    expect(run('total - approved - 7')).toBe(40);
  });

  it('lists references and gives NaN for an unknown id', () => {
    expect(formulaRefs(parseFormula('(before-count - after-count) / before-count'))).toEqual([
      'before-count',
      'after-count',
      'before-count',
    ]);
    expect(run('missing / total')).toBeNaN();
  });

  it.each(['(a - b', 'a b', 'a $ b', '', '* a'])('rejects %j', (text) => {
    expect(() => parseFormula(text)).toThrow();
  });
});

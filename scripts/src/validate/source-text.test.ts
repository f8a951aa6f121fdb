import { describe, expect, it } from 'vitest';
import { NUMERAL_PATTERN } from './numerals.ts';
import { SourceText } from './source-text.ts';

describe('SourceText', () => {
  const text = new SourceText('第一行\n检查𠀀机构4986个次,双减12次');

  it('counts offsets in code points, not UTF-16 units', () => {
    expect(text.length).toBe(21);
    expect(text.occurrences('4986')).toEqual([9]);
    expect(text.slice(9, 13)).toBe('4986');
  });

  it('gives 1-based line and column', () => {
    expect(text.position(0)).toEqual({ line: 1, column: 1 });
    expect(text.position(4)).toEqual({ line: 2, column: 1 });
    expect(text.position(8)).toEqual({ line: 2, column: 5 });
  });

  it('finds non-overlapping occurrences', () => {
    expect(new SourceText('aaaa').occurrences('aa')).toEqual([0, 2]);
    expect(text.occurrences('')).toEqual([]);
  });

  it('scans Arabic and Chinese numerals with code-point spans', () => {
    expect(text.numerals(NUMERAL_PATTERN).map((t) => [t.text, t.start, t.end])).toEqual([
      ['一', 1, 2],
      ['4986', 9, 13],
      ['双', 16, 17],
      ['12', 18, 20],
    ]);
  });
});

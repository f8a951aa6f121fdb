import { describe, expect, it } from 'vitest';
import { englishNumbers } from './wording.ts';

describe('englishNumbers', () => {
  it.each<[string, number[]]>([
    ['deployed 3,937 person-times', [3937]],
    ['ordered refunds of 891,600 yuan', [891600]],
    ['a coverage rate of 47%', [47]],
    ['an approval rate of 87.57%', [87.57]],
    ['1.62 million participants', [1620000]],
    ['more than 8 million yuan', [8000000]],
    ['12.5 thousand', [12500]],
    ['in 2022, 4 counties (districts)', [2022, 4]],
    ['2 batches, 281 providers', [2, 281]],
    ['no number at all', []],
  ])('%s -> %j', (text, numbers) => {
    expect(englishNumbers(text)).toEqual(numbers);
  });
});

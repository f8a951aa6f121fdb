import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { cityEntry } from './city-entry.ts';

const check = async (ids: string[]) => {
  const text = cityEntry('@shuangjian/qingshi', ids);
  const options = await prettier.resolveConfig('packages/qingshi/src/index.ts');
  return { text, formatted: await prettier.format(text, { ...options, filepath: 'index.ts' }) };
};

describe('cityEntry', () => {
  it.each([
    [['grid-workers']],
    [['grid-workers', 'leads-received']],
    [Array.from({ length: 40 }, (_, i) => `figure-${i}`)],
  ])(
    'is formatted as Prettier formats it (%j ids), so the generated packages pass prettier --check',
    async (ids) => {
      const { text, formatted } = await check(ids);
      expect(text).toBe(formatted);
      for (const id of ids) expect(text).toContain(`'${id}'`);
    },
  );
});

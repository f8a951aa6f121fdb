import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../paths.ts';
import { formatFile } from './format.ts';
import { withDependency, withSiteCity } from './site-config.ts';

const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');

/** Lines of `after` not in `before`, and of `before` not in `after`. */
function lineDiff(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  return { added: b.filter((l) => !a.includes(l)), removed: a.filter((l) => !b.includes(l)) };
}

describe('site and package edits, formatted as the repository formats them', () => {
  it('adds a city last to site.config.json, changing that one line', async () => {
    const path = 'site/site.config.json';
    const before = read(path);
    const after = await formatFile(path, withSiteCity(before, 'qingshi'));
    const cities = (JSON.parse(before) as { cities: string[] }).cities;
    expect(JSON.parse(after).cities).toEqual([...cities, 'qingshi']);
    expect(lineDiff(before, after).removed).toHaveLength(1);
    // Unchanged input comes out byte for byte.
    expect(await formatFile(path, withSiteCity(before, cities.at(-1)!))).toBe(before);
  });

  it.each([
    ['site/package.json', 'dependencies'],
    ['scripts/package.json', 'devDependencies'],
  ] as const)(
    'adds the package to %s %s at its sorted place, one line added',
    async (path, section) => {
      const before = read(path);
      const after = await formatFile(
        path,
        withDependency(before, section, '@shuangjian/qingshi', 'workspace:*'),
      );
      expect(lineDiff(before, after)).toEqual({
        added: ['    "@shuangjian/qingshi": "workspace:*",'],
        removed: [],
      });
      const keys = Object.keys(JSON.parse(after)[section]);
      expect(keys.indexOf('@shuangjian/qingshi')).toBe(keys.indexOf('@shuangjian/indicators') + 1);
    },
  );
});

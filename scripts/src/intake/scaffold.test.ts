import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../paths.ts';
import { cityPackageFiles, fillTemplate } from './scaffold.ts';

const CITIES = readdirSync(join(REPO_ROOT, 'data', 'cities')).map((f) => f.replace(/\.yaml$/, ''));

describe('the city package template', () => {
  it.each(CITIES)(
    'renders the package.json and tsconfig.json of %s (but version 0.0.0)',
    (slug) => {
      const pkg = JSON.parse(
        readFileSync(join(REPO_ROOT, 'packages', slug, 'package.json'), 'utf8'),
      );
      const name = (pkg.description as string).split(':')[0]!;
      const [zh, ...en] = name.split(' ');
      const files = cityPackageFiles({ slug, name: { zh: zh!, en: en.join(' ') } });
      expect([...files.keys()]).toEqual(['package.json', 'src/index.ts', 'tsconfig.json']);
      expect(JSON.parse(files.get('package.json')!)).toEqual({ ...pkg, version: '0.0.0' });
      expect(files.get('tsconfig.json')).toBe(
        readFileSync(join(REPO_ROOT, 'packages', slug, 'tsconfig.json'), 'utf8'),
      );
    },
  );

  it('leaves a placeholder entry that build:data replaces', () => {
    const index = cityPackageFiles({ slug: 'qingshi', name: { zh: '青石市', en: 'Qingshi' } }).get(
      'src/index.ts',
    )!;
    expect(index).toContain('@shuangjian/qingshi');
    expect(index).toContain('export {};');
  });

  it('escapes values in JSON and refuses an unknown placeholder', () => {
    expect(fillTemplate('"{{name.en}}"', { 'name.en': 'A "B"' }, true)).toBe('"A \\"B\\""');
    expect(() => fillTemplate('{{nope}}', {}, false)).toThrow(
      'unknown template placeholder {{nope}}',
    );
  });
});

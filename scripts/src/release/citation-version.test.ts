import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cityPackagesVersion, withCitationVersion } from './citation-version.ts';

const root = mkdtempSync(join(tmpdir(), 'shuangjian-citation-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function pkg(name: string, version: string, city = true) {
  const dir = join(root, 'packages', name);
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version }));
  if (city) writeFileSync(join(dir, 'data', 'dataset.json'), '{}');
}

describe('CITATION.cff version', () => {
  it('is the version every city package shares (schema and indicators aside)', () => {
    pkg('a', '1.0.0');
    pkg('b', '1.0.0');
    pkg('schema', '2.0.0', false);
    expect(cityPackagesVersion(root)).toBe('1.0.0');
    expect(withCitationVersion('title: x\nversion: "0.1.0"\nlicense: y\n', '1.0.0')).toBe(
      'title: x\nversion: "1.0.0"\nlicense: y\n',
    );
  });

  it('refuses to choose when the city packages differ, naming them', () => {
    pkg('c', '1.1.0');
    expect(() => cityPackagesVersion(root)).toThrow(/1\.0\.0 \(a, b\); 1\.1\.0 \(c\)/);
  });
});

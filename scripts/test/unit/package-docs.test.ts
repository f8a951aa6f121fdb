// What every published package tells a consumer: how to load it, how to cite it, how its versions
// move, and the licences of what it ships.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.ts';

const PACKAGES = join(REPO_ROOT, 'packages');
const published = readdirSync(PACKAGES).filter((name) => {
  const file = join(PACKAGES, name, 'package.json');
  return (
    existsSync(file) && !(JSON.parse(readFileSync(file, 'utf8')) as { private?: boolean }).private
  );
});

it('finds the published packages', () => {
  expect(published).toEqual(
    expect.arrayContaining(['bengbu', 'hefei', 'huangshan', 'indicators', 'schema']),
  );
});

describe.each(published)('@shuangjian/%s', (name) => {
  const readme = readFileSync(join(PACKAGES, name, 'README.md'), 'utf8');
  const pkg = JSON.parse(readFileSync(join(PACKAGES, name, 'package.json'), 'utf8')) as {
    type: string;
    license: string;
    files: string[];
  };

  it('says it is ESM-only, and which TypeScript module resolutions work', () => {
    expect(pkg.type).toBe('module');
    expect(readme).toContain('ESM only');
    for (const setting of ['"node16"', '"nodenext"', '"bundler"'])
      expect(readme).toContain(setting);
  });

  it('has "How to cite" and "Versioning" sections, the latter on pinning 0.x', () => {
    expect(readme).toMatch(/^## How to cite$/m);
    expect(readme).toMatch(/^## Versioning$/m);
    expect(readme).toContain('`^0.1.0` takes 0.1.1 but never 0.2.0');
  });

  it('ships LICENSE-DATA wherever CC BY text is inside, and says so in its licence', () => {
    const ccBy = name !== 'schema';
    expect(pkg.files.includes('LICENSE-DATA'), 'files').toBe(ccBy);
    expect(existsSync(join(PACKAGES, name, 'LICENSE-DATA'))).toBe(ccBy);
    expect(pkg.license).toBe(ccBy ? 'MIT AND CC-BY-4.0' : 'MIT');
  });
});

describe('CITATION.cff in a data package', () => {
  const cities = published.filter((n) => existsSync(join(PACKAGES, n, 'CITATION.cff')));
  it.each(cities)('@shuangjian/%s: the repository’s, with the package’s own version', (name) => {
    const { version } = JSON.parse(readFileSync(join(PACKAGES, name, 'package.json'), 'utf8')) as {
      version: string;
    };
    const root = readFileSync(join(REPO_ROOT, 'CITATION.cff'), 'utf8');
    const own = readFileSync(join(PACKAGES, name, 'CITATION.cff'), 'utf8');
    expect(own).toBe(root.replace(/^version: .*$/m, `version: "${version}"`));
  });

  it('is in every city package and in all-cities', () => {
    expect(cities).toEqual(expect.arrayContaining(['all-cities', 'bengbu', 'hefei', 'huangshan']));
  });
});

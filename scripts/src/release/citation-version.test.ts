import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetVersion, withCitationVersion } from './citation-version.ts';

const root = mkdtempSync(join(tmpdir(), 'shuangjian-citation-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function pkg(name: string, version: unknown) {
  const dir = join(root, 'packages', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version }));
}

describe('CITATION.cff version', () => {
  it('is the all-cities package’s, whatever versions the city packages have', () => {
    pkg('all-cities', '1.2.0');
    pkg('hefei', '1.1.0');
    pkg('qingshi', '0.1.0');
    expect(datasetVersion(root)).toBe('1.2.0');
    expect(withCitationVersion('title: x\nversion: "0.1.0"\nlicense: y\n', '1.2.0')).toBe(
      'title: x\nversion: "1.2.0"\nlicense: y\n',
    );
  });

  it('refuses an all-cities package without a version, naming its file', () => {
    pkg('all-cities', undefined);
    expect(() => datasetVersion(root)).toThrow(/all-cities\/package\.json has no version/);
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOutputs } from '../build/outputs.ts';
import { validate } from '../validate/validate.ts';
import { writeSyntheticCorpus } from './synthetic.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function generate(cities: number): string {
  const root = mkdtempSync(join(tmpdir(), 'shuangjian-synthetic-'));
  roots.push(root);
  writeSyntheticCorpus(root, cities);
  return root;
}

function snapshot(root: string): Map<string, Buffer> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) =>
    e.isFile(),
  );
  return new Map(
    files.map((e) => [
      relative(root, join(e.parentPath, e.name)),
      readFileSync(join(e.parentPath, e.name)),
    ]),
  );
}

describe('synthetic corpus', () => {
  it('is deterministic: generating twice gives identical bytes', () => {
    const a = snapshot(generate(2));
    const b = snapshot(generate(2));
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [path, bytes] of a) expect(Buffer.compare(bytes, b.get(path)!), path).toBe(0);
  });

  it('validates with zero issues and builds', () => {
    const root = generate(2);
    const result = validate(join(root, 'data'));
    expect(result.issues).toEqual([]);
    expect(result.cities.map((c) => c.city.slug)).toEqual(['city-0001', 'city-0002']);
    for (const city of result.cities) expect(city.figures.length).toBeGreaterThanOrEqual(25);
    expect(buildOutputs(result, root).issues).toEqual([]);
  });
});

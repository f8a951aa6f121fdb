// The hostile-input suite itself: big enough, deterministic, and able to see a mutation slip through.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../../src/validate/validate.ts';
import { copyRepo, removeRepo } from '../../fixture-repo.ts';
import { CITIES, FIGURES } from './corpus.ts';
import { fieldKinds } from './field-kinds.ts';
import { figureKinds } from './figure-kinds.ts';
import { fileKinds } from './file-kinds.ts';
import { packagesState, rewrite, runMutation, type Kind } from './harness.ts';
import { textKinds } from './text-kinds.ts';

const all = (): Kind[] => [...figureKinds(), ...fieldKinds(), ...textKinds(), ...fileKinds()];
const kinds = all();
const total = kinds.reduce((n, k) => n + k.mutations.length, 0);

describe('the hostile mutations', () => {
  it(`number ${total} in ${kinds.length} kinds (at least 200, every kind non-empty)`, () => {
    expect(total).toBeGreaterThanOrEqual(200);
    for (const k of kinds) expect(k.mutations.length, k.kind).toBeGreaterThan(0);
    expect(new Set(kinds.map((k) => k.kind)).size).toBe(kinds.length);
  });

  it('have unique names and an expected rule each', () => {
    for (const k of kinds) {
      const names = k.mutations.map((m) => m.name);
      expect(
        names.filter((n, i) => names.indexOf(n) !== i),
        k.kind,
      ).toEqual([]);
      for (const m of k.mutations) expect(m.expect.length, m.name).toBeGreaterThan(0);
    }
  });

  it('are the same on every run (names, expectations and written bytes)', () => {
    const again = all();
    const shape = (ks: Kind[]) =>
      ks.map((k) => [k.kind, k.mutations.map((m) => [m.name, m.file, m.expect])]);
    expect(shape(again)).toEqual(shape(kinds));
    const sample = (ks: Kind[]) =>
      ks.flatMap((k) => k.mutations.filter((_, i) => i % 25 === 0).map((m) => m.writes()));
    expect(sample(again)).toEqual(sample(kinds));
  });

  it('cover every figure of every city', () => {
    const quoted = new Set(
      kinds.find((k) => k.kind === 'quote-one-char')!.mutations.map((m) => m.name.split(':')[0]),
    );
    expect(quoted.size).toBe(FIGURES.length);
  });
});

describe('the harness', () => {
  let root: string;
  let baseline: Map<string, string>;
  beforeAll(() => {
    root = copyRepo();
    baseline = packagesState(root);
  });
  afterAll(() => removeRepo(root));
  const city = CITIES[0]!;

  it('reports a mutation that changes nothing as accepted', () => {
    const noop = rewrite('no-op', city.file, ['schema'], () => city.text);
    expect(runMutation(root, baseline, noop).join('\n')).toMatch(/accepted/);
  });

  it('reports an issue with another rule than expected', () => {
    const empty = rewrite('empty', city.file, ['quote-verbatim'], () => '');
    expect(runMutation(root, baseline, empty).join('\n')).toMatch(/no \[quote-verbatim\] issue/);
  });

  it('restores the files it changed, and removes what build:data wrote', () => {
    const empty = rewrite('empty', city.file, ['yaml-syntax'], () => '');
    expect(runMutation(root, baseline, empty)).toEqual([]);
    const noop = rewrite('no-op', city.file, ['schema'], () => city.text);
    expect(runMutation(root, baseline, noop)).toEqual([
      'accepted: build:data returned 0',
      expect.stringContaining('no [schema] issue'),
      expect.stringContaining('wrote'),
    ]);
    expect(validate(join(root, 'data')).issues).toEqual([]);
    expect(packagesState(root)).toEqual(baseline);
  });
});

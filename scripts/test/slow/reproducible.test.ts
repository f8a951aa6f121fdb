// pnpm check:reproducible as a test: the site built twice from clean (in two time zones and locales,
// with the same SOURCE_DATE_EPOCH) and the publishable packages packed twice give the same bytes.
// Needs the packages built (`pnpm build`); the site builds into temp folders, never site/dist.
// About 30 s on its own: two site builds (~12 s each) and ten `pnpm pack`s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatDifference, type Comparison } from '../../src/reproducible/compare.ts';
import {
  checkReproducible,
  publishablePackages,
  type Reproducibility,
} from '../../src/reproducible/check.ts';
import { REPO_ROOT } from '../../src/paths.ts';

let tmp = '';
let result: Reproducibility | undefined;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'shuangjian-reproducible-'));
  result = checkReproducible(REPO_ROOT, tmp);
}, 600_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const firstDifference = (c: Comparison) =>
  c.difference ? `first differing file: ${formatDifference(c.difference)}` : '';

it('builds the site twice from clean into identical trees, byte for byte', () => {
  const { site } = result!;
  expect(site.difference, firstDifference(site)).toBeUndefined();
  expect(site.identical).toBeGreaterThan(100);
});

it('packs the publishable packages twice into identical tarballs, byte for byte', () => {
  const { packs } = result!;
  expect(packs.difference, firstDifference(packs)).toBeUndefined();
  expect(packs.identical).toBe(publishablePackages(REPO_ROOT).length);
});

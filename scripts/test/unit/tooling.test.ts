// The contributor tooling: test tiers that every test file belongs to, the fast unit loop, the
// type check that covers .astro files, and a CI script that installs nothing the README doesn't.
import { readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.ts';

const json = (file: string) =>
  JSON.parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as { scripts: Record<string, string> };

interface Project {
  test: { name: string; include: string[] };
}
// Imported by path: the root config is outside this package's TypeScript rootDir.
const config = (await import(join(REPO_ROOT, 'vitest.config.ts'))) as {
  default: { test?: { projects?: unknown[] } };
};
const projects = (config.default.test?.projects ?? []) as Project[];

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory())
      return ['node_modules', 'dist', '.astro', '.git', '.turbo'].includes(e.name)
        ? []
        : testFiles(full);
    return e.name.endsWith('.test.ts') ? [relative(REPO_ROOT, full)] : [];
  });
}

describe('test tiers', () => {
  it('names every vitest project <tier>:<package>, with one of the four tiers', () => {
    expect(projects.length).toBeGreaterThan(0);
    for (const p of projects) expect(p.test.name).toMatch(/^(unit|build|browser|slow):[a-z]+$/);
  });

  it('keeps each tier in folders of its name (unit tests may also sit beside their source)', () => {
    for (const p of projects) {
      const tier = p.test.name.split(':')[0]!;
      for (const glob of p.test.include)
        expect(glob, p.test.name).toMatch(
          tier === 'unit' ? /(\/src\/|\/test\/unit\/)/ : new RegExp(`/test/${tier}/`),
        );
    }
  });

  it('puts every test file in the repository in exactly one project', () => {
    const files = ['packages', 'site', 'scripts'].flatMap((d) => testFiles(join(REPO_ROOT, d)));
    expect(files.length).toBeGreaterThan(50);
    const homeless: string[] = [];
    const twice: string[] = [];
    for (const file of files) {
      const homes = projects.filter((p) => p.test.include.some((g) => matchesGlob(file, g)));
      if (homes.length === 0) homeless.push(file);
      if (homes.length > 1) twice.push(`${file}: ${homes.map((h) => h.test.name).join(', ')}`);
    }
    expect(homeless, 'test files no project runs').toEqual([]);
    expect(twice, 'test files run twice').toEqual([]);
  });

  it('gives contributors `pnpm test:unit`, which runs the unit tier only', () => {
    expect(json('package.json').scripts['test:unit']).toMatch(/--project 'unit:\*'/);
  });
});

it('type-checks .astro files: the site typecheck is astro check, failing on any hint', () => {
  expect(json('site/package.json').scripts['typecheck']).toBe(
    'astro check --minimumFailingSeverity hint',
  );
});

it('.ci/run installs no browser or system package: the README commands must be enough', () => {
  const run = readFileSync(join(REPO_ROOT, '.ci', 'run'), 'utf8');
  expect(run).not.toMatch(/apt-get|apt install|playwright install|brew install/);
  expect(run).not.toMatch(/CHROME_PATH=/);
});

import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// Four test tiers, named "<tier>:<package>" and kept in folders of the same names:
//   unit     src/**/*.test.ts and <pkg>/test/unit/: pure code, no build, no browser (`pnpm test:unit`)
//   build    <pkg>/test/build/: reads what the build wrote (site/dist, packages/*/dist, packed tarballs)
//   browser  <pkg>/test/browser/: drives Chromium against the built site
//   slow     <pkg>/test/slow/: whole-pipeline runs (hostile input, reproducibility, benchmark smoke)
// `pnpm test` (the README's gate) builds everything first and runs every tier.

const root = fileURLToPath(new URL('./', import.meta.url));

// The unit tier imports the workspace packages from their TypeScript sources, so that it needs no
// build; the other tiers import the built dist, as a consumer does.
// Every folder under packages/ with a src/index.ts, so that a new city needs no change here.
const fromSources = {
  alias: readdirSync(`${root}packages`)
    .filter((name) => existsSync(`${root}packages/${name}/src/index.ts`))
    .map((name) => ({
      find: new RegExp(`^@shuangjian/${name}$`),
      replacement: `${root}packages/${name}/src/index.ts`,
    })),
};

function project(
  tier: 'unit' | 'build' | 'browser' | 'slow',
  name: string,
  include: string[],
  extra: TestProjectInlineConfiguration['test'] = {},
): TestProjectInlineConfiguration {
  return {
    extends: true,
    ...(tier === 'unit' ? { resolve: fromSources } : {}),
    test: {
      name: `${tier}:${name}`,
      include,
      exclude: [...configDefaults.exclude, '**/dist/**'],
      // Pure code: one worker serves many files (no per-file process start), as the unit tier
      // shares no state between files.
      ...(tier === 'unit' ? { isolate: false } : { testTimeout: 120_000, hookTimeout: 300_000 }),
      ...extra,
    },
  };
}

export default defineConfig({
  test: {
    setupFiles: ['./vitest.setup.ts'],
    projects: [
      project('unit', 'schema', ['packages/schema/src/**/*.test.ts']),
      project('unit', 'indicators', ['packages/indicators/src/**/*.test.ts']),
      project('unit', 'site', ['site/src/**/*.test.ts', 'site/test/unit/**/*.test.ts']),
      project('unit', 'scripts', ['scripts/src/**/*.test.ts', 'scripts/test/unit/**/*.test.ts']),
      project('build', 'site', ['site/test/build/**/*.test.ts']),
      project('build', 'scripts', ['scripts/test/build/**/*.test.ts']),
      project('browser', 'site', ['site/test/browser/**/*.test.ts'], { testTimeout: 60_000 }),
      project('browser', 'scripts', ['scripts/test/browser/**/*.test.ts']),
      project('slow', 'site', ['site/test/slow/**/*.test.ts']),
      project('slow', 'scripts', ['scripts/test/slow/**/*.test.ts']),
    ],
  },
});

import { configDefaults, defineConfig } from 'vitest/config';

// One config, one project per workspace package that has tests.
export default defineConfig({
  test: {
    setupFiles: ['./vitest.setup.ts'],
    projects: [
      { extends: true, test: { name: 'schema', include: ['packages/schema/src/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'indicators', include: ['packages/indicators/src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['site/src/**/*.test.ts', 'site/test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'site/test/browser/**'],
        },
      },
      {
        // Drives Chromium against site/dist; needs the site built and CHROME_PATH or /usr/bin/chromium.
        extends: true,
        test: {
          name: 'browser',
          include: ['site/test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'scripts',
          include: ['scripts/src/**/*.test.ts', 'scripts/test/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});

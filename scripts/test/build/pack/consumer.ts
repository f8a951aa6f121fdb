// A consumer project outside the repository: the tarballs installed with npm, then used from
// JavaScript on the repo's Node and from TypeScript with the repo's tsc.
import type { SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NODE, run, runOk, TSC } from './commands.ts';
import { RUN_MJS, type ConsumerReport } from './consumer-sources.ts';
import { readJson } from './pack-package.ts';

/** package-lock.json `packages`: install path -> what was installed there. */
export type Installed = Record<string, { version: string }>;

/** Creates the project in `consumer` (a new folder) and npm-installs the tarballs into it. */
export function installConsumer(consumer: string, tarballs: string[]): Installed {
  mkdirSync(consumer);
  writeFileSync(
    path.join(consumer, 'package.json'),
    `${JSON.stringify({ name: 'shuangjian-consumer', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`,
  );
  runOk(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel', 'error', ...tarballs],
    consumer,
    180_000,
  );
  return readJson<{ packages: Installed }>(path.join(consumer, 'package-lock.json')).packages;
}

/** Runs run.mjs (RUN_MJS) in the consumer with NODE and returns what it reports. */
export function runConsumerScript(consumer: string): ConsumerReport {
  writeFileSync(path.join(consumer, 'run.mjs'), RUN_MJS);
  return JSON.parse(runOk(NODE, ['run.mjs'], consumer)) as ConsumerReport;
}

/** The TypeScript module settings a consumer may use; the package READMEs name these three. */
export const RESOLUTIONS = {
  nodenext: { module: 'NodeNext', moduleResolution: 'NodeNext' },
  // module Node18: the consumer's own JSON import uses import attributes, which Node16 lacks.
  node16: { module: 'Node18', moduleResolution: 'Node16' },
  bundler: { module: 'ESNext', moduleResolution: 'Bundler' },
} as const;
export type Resolution = keyof typeof RESOLUTIONS;

const tsconfig = (file: string, resolution: Resolution) => ({
  compilerOptions: {
    target: 'ES2023',
    // zod's declarations use the global URL, which a consumer gets from the DOM lib or @types/node.
    lib: ['ES2023', 'DOM'],
    ...RESOLUTIONS[resolution],
    strict: true,
    noEmit: true,
    resolveJsonModule: true,
    skipLibCheck: false,
    types: [],
  },
  files: [file],
});

/**
 * Writes `file` and a tsconfig `project` (strict; NodeNext unless `resolution` says otherwise)
 * holding only it into the consumer, then runs the repo's tsc on that project with --listFiles.
 */
export function typecheck(
  consumer: string,
  project: string,
  file: string,
  source: string,
  resolution: Resolution = 'nodenext',
): SpawnSyncReturns<string> {
  writeFileSync(path.join(consumer, project), JSON.stringify(tsconfig(file, resolution), null, 2));
  writeFileSync(path.join(consumer, file), source);
  return run(TSC, ['-p', project, '--pretty', 'false', '--listFiles'], consumer);
}

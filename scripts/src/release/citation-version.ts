// CITATION.cff cites the repository's dataset as a whole, so its version is the version of
// @shuangjian/all-cities, the package that holds every city (each city package keeps its own
// semantic version: a new city starts at 0.x while the others are at 1.x). After
// `changeset version` bumps the packages, this writes that version into CITATION.cff.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The package whose version CITATION.cff carries. */
export const DATASET_PACKAGE = 'all-cities';

/** The whole dataset's version: packages/all-cities/package.json's. */
export function datasetVersion(repoRoot: string): string {
  const file = join(repoRoot, 'packages', DATASET_PACKAGE, 'package.json');
  const { version } = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
  if (typeof version !== 'string' || version === '')
    throw new Error(`${file} has no version for CITATION.cff`);
  return version;
}

/** CITATION.cff's text with its top-level `version:` set to `version`. */
export function withCitationVersion(cff: string, version: string): string {
  if (!/^version: .*$/m.test(cff)) throw new Error('CITATION.cff has no top-level version: line');
  return cff.replace(/^version: .*$/m, `version: "${version}"`);
}

// CITATION.cff names one version for the dataset, which every city package shares. After
// `changeset version` bumps the packages, this writes their version into CITATION.cff.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The one version the city packages (those with data/dataset.json) share; throws if they differ. */
export function cityPackagesVersion(repoRoot: string): string {
  const dir = join(repoRoot, 'packages');
  const versions = new Map<string, string[]>();
  for (const name of readdirSync(dir)) {
    let version: string;
    try {
      readFileSync(join(dir, name, 'data', 'dataset.json'));
      version = (
        JSON.parse(readFileSync(join(dir, name, 'package.json'), 'utf8')) as {
          version: string;
        }
      ).version;
    } catch {
      continue;
    }
    versions.set(version, [...(versions.get(version) ?? []), name]);
  }
  if (versions.size !== 1)
    throw new Error(
      `CITATION.cff names one version, but the city packages have ${versions.size}: ` +
        [...versions].map(([v, names]) => `${v} (${names.join(', ')})`).join('; '),
    );
  return [...versions.keys()][0]!;
}

/** CITATION.cff's text with its top-level `version:` set to `version`. */
export function withCitationVersion(cff: string, version: string): string {
  if (!/^version: .*$/m.test(cff)) throw new Error('CITATION.cff has no top-level version: line');
  return cff.replace(/^version: .*$/m, `version: "${version}"`);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths.ts';
import { withCitationVersion } from '../release/citation-version.ts';
import type { ValidationIssue } from '../validate/issues.ts';
import type { ValidationResult } from '../validate/validate.ts';
import { ALL_CITIES_DIR, ALL_CITIES_PACKAGE, allCitiesOutputs } from './all-cities.ts';
import { indicatorIdsModule } from './city-entry.ts';
import { cityOutputs, jsonBytes } from './city-outputs.ts';

/** Every generated file: repository-relative path -> exact bytes. */
export type Outputs = Map<string, Uint8Array>;

const encoder = new TextEncoder();

/** Both licences of this repository (MIT for the code, CC BY 4.0 for the compilation). */
const LICENCES = ['LICENSE', 'LICENSE-DATA'] as const;

function packageVersion(
  repoRoot: string,
  dir: string,
): { name: string; version: string } | undefined {
  try {
    const pkg = JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
    };
    return { name: pkg.name, version: pkg.version };
  } catch {
    return undefined;
  }
}

/** The package in dir, or an issue saying it must be created first. */
function findPackage(
  repoRoot: string,
  dir: string,
  name: string,
  issues: ValidationIssue[],
  hint = 'create it first (CONTRIBUTING.md, "Add a city")',
) {
  const pkg = packageVersion(repoRoot, dir);
  if (pkg && pkg.name === name) return pkg;
  issues.push({
    file: `${dir}/package.json`,
    rule: 'package-missing',
    message: `no package ${name}; ${hint}`,
  });
  return undefined;
}

/** Build every output in memory from a clean validation; issues when a package is missing. */
export function buildOutputs(
  result: ValidationResult,
  repoRoot: string,
): { outputs: Outputs; issues: ValidationIssue[] } {
  const outputs: Outputs = new Map();
  const issues: ValidationIssue[] = [];
  const put = (dir: string, files: ReadonlyMap<string, Uint8Array>, extras: readonly string[]) => {
    for (const [path, bytes] of files) outputs.set(`${dir}/${path}`, bytes);
    // The licences (and CITATION.cff) go in each data package, so that it or its zip says how to
    // use and cite it.
    for (const name of extras) outputs.set(`${dir}/${name}`, readFileSync(join(REPO_ROOT, name)));
  };
  // Each data package says how to cite it: the repository's CITATION.cff with the package's version.
  const citation = (dir: string, version: string) =>
    outputs.set(
      `${dir}/CITATION.cff`,
      encoder.encode(
        withCitationVersion(readFileSync(join(REPO_ROOT, 'CITATION.cff'), 'utf8'), version),
      ),
    );
  for (const city of result.cities) {
    const dir = `packages/${city.city.slug}`;
    const pkg = findPackage(repoRoot, dir, `@shuangjian/${city.city.slug}`, issues);
    if (pkg) {
      put(dir, cityOutputs(city, pkg), LICENCES);
      citation(dir, pkg.version);
    }
  }
  const allDir = `packages/${ALL_CITIES_DIR}`;
  const all = findPackage(
    repoRoot,
    allDir,
    ALL_CITIES_PACKAGE,
    issues,
    `restore ${allDir}/package.json from the repository`,
  );
  if (all) {
    const built = allCitiesOutputs(
      result.cities,
      result.indicators,
      all,
      (slug) => `@shuangjian/${slug}`,
    );
    issues.push(...built.issues);
    put(allDir, built.files, LICENCES);
    citation(allDir, all.version);
  }
  outputs.set('packages/indicators/data/indicators.json', jsonBytes(result.indicators));
  // The catalogue text is CC BY 4.0 and the code MIT: the indicators package ships both licences too.
  put('packages/indicators', new Map(), LICENCES);
  outputs.set(
    'packages/indicators/src/indicator-ids.ts',
    encoder.encode(indicatorIdsModule(result.indicators.map((i) => i.id))),
  );
  return { outputs, issues };
}

/** Folders whose files are all generated: anything else in them is stale. */
export function generatedDirs(result: ValidationResult): string[] {
  return [
    ...[...result.cities.map((c) => c.city.slug), ALL_CITIES_DIR].flatMap((slug) => [
      `packages/${slug}/data`,
      `packages/${slug}/types`,
    ]),
    'packages/indicators/data',
  ];
}

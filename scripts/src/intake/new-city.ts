// pnpm new-city: everything a new city needs, from one report.
import { CitySchema, SlugSchema, type City } from '@shuangjian/schema';
import type { ValidationIssue } from '../validate/issues.ts';
import { adminCodeProblem } from './admin-code.ts';
import type { CityFlags, CommandLine } from './args.ts';
import { newCityChangesets } from './changeset.ts';
import { citationFiles } from './citation.ts';
import { cityFileText } from './city-config.ts';
import { attempt, type Plan } from './plan.ts';
import { readTarget, type RepoState } from './repo.ts';
import { cityPackageFiles } from './scaffold.ts';
import { withDependency, withSiteCity } from './site-config.ts';
import { newSource } from './source-files.ts';

/** Package names in use besides the city packages' (their folders are checked too). */
const RESERVED = ['site', 'scripts'];

/** Why `slug` cannot be a new city, or nothing. */
export function checkNewSlug(slug: string, repo: RepoState, issues: ValidationIssue[]): void {
  const at = { file: 'new-city' };
  if (!SlugSchema.safeParse(slug).success) {
    issues.push({
      ...at,
      rule: 'slug-format',
      message: `the slug "${slug}" is not kebab-case (a-z, 0-9, single hyphens), e.g. "maanshan"`,
    });
    return;
  }
  if (repo.cities.has(slug) || repo.sources.some((s) => s.city === slug))
    issues.push({
      ...at,
      rule: 'slug-exists',
      message: `"${slug}" is a city already (data/cities/${slug}.yaml); add a later report of it with \`pnpm new-source ${slug} --source <file>\``,
    });
  else if (repo.packages.includes(slug) || RESERVED.includes(slug))
    issues.push({
      ...at,
      rule: 'slug-exists',
      message: `"${slug}" names the package @shuangjian/${slug} already; pick another slug`,
    });
}

function cityOf(slug: string, flags: CityFlags): City {
  return {
    slug,
    name: { zh: flags['name-zh'], en: flags['name-en'] },
    province: { zh: flags['province-zh'], en: flags['province-en'] },
    admin_code: flags['admin-code'],
  };
}

const FLAG_OF: Record<string, string> = {
  'name.zh': '--name-zh',
  'name.en': '--name-en',
  'province.zh': '--province-zh',
  'province.en': '--province-en',
};

/** The city block from the flags; issues for a malformed or taken admin code, or bad names. */
function checkCity(city: City, repo: RepoState, issues: ValidationIssue[]): void {
  const problem = adminCodeProblem(city.admin_code);
  if (problem)
    issues.push({
      file: '--admin-code',
      rule: 'admin-code-format',
      message: `${problem}; a GB/T 2260 code is six digits, e.g. 340100 (合肥市)`,
    });
  for (const [slug, other] of repo.cities)
    if (other?.admin_code === city.admin_code)
      issues.push({
        file: '--admin-code',
        rule: 'admin-code-taken',
        message: `${city.admin_code} is the code of ${other.name?.zh ?? slug} already (data/cities/${slug}.yaml)`,
      });
  const parsed = CitySchema.safeParse(city);
  for (const issue of parsed.error?.issues ?? []) {
    const path = issue.path.join('.');
    if (path === 'admin_code' || path === 'slug') continue; // reported above
    issues.push({
      file: FLAG_OF[path] ?? 'new-city',
      rule: 'flag-invalid',
      message: issue.message,
    });
  }
}

export async function planNewCity(
  line: CommandLine,
  repo: RepoState,
  cwd: string,
  issues: ValidationIssue[],
): Promise<Plan | undefined> {
  const slug = line.slug!;
  checkNewSlug(slug, repo, issues);
  const city = cityOf(slug, line.city as CityFlags);
  checkCity(city, repo, issues);
  const site = readTarget(repo.root, 'site/site.config.json', issues);
  const sitePkg = readTarget(repo.root, 'site/package.json', issues);
  const scriptsPkg = readTarget(repo.root, 'scripts/package.json', issues);
  const cff = readTarget(repo.root, 'CITATION.cff', issues);
  const zenodo = readTarget(repo.root, '.zenodo.json', issues);
  const source = await newSource(slug, line.source!, line.meta, repo, cwd, issues);
  if (!source || !site || !sitePkg || !scriptsPkg || !cff || !zenodo || issues.length > 0)
    return undefined;

  const cityText = attempt(issues, `data/cities/${slug}.yaml`, 'drafts', () =>
    cityFileText(city, source.drafts),
  );
  const citation = attempt(issues, 'CITATION.cff', 'citation-file', () =>
    citationFiles(cff, zenodo, source.meta, city),
  );
  if (!cityText || !citation) return undefined;

  const name = `@shuangjian/${slug}`;
  const files = new Map<string, string | Uint8Array>(source.files);
  files.set(`data/cities/${slug}.yaml`, cityText);
  for (const [path, text] of cityPackageFiles(city)) files.set(`packages/${slug}/${path}`, text);
  files.set('site/site.config.json', withSiteCity(site, slug));
  files.set('site/package.json', withDependency(sitePkg, 'dependencies', name, 'workspace:*'));
  const scripts = JSON.parse(scriptsPkg) as { devDependencies?: Record<string, string> };
  // Every city package is a dev dependency of the scripts (their tests read the packages).
  if (Object.keys(scripts.devDependencies ?? {}).some((d) => d.startsWith('@shuangjian/')))
    files.set(
      'scripts/package.json',
      withDependency(scriptsPkg, 'devDependencies', name, 'workspace:*'),
    );
  for (const [path, text] of citation) files.set(path, text);
  for (const [path, text] of newCityChangesets(city)) files.set(path, text);
  return {
    files,
    source,
    changed: [
      'site/site.config.json',
      'site/package.json',
      'scripts/package.json',
      'CITATION.cff',
      '.zenodo.json',
    ],
  };
}

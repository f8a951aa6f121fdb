// pnpm new-source: a later report of an existing city.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SlugSchema } from '@shuangjian/schema';
import type { ValidationIssue } from '../validate/issues.ts';
import type { CommandLine } from './args.ts';
import { newSourceChangeset } from './changeset.ts';
import { citationFiles } from './citation.ts';
import { appendDrafts } from './city-config.ts';
import { attempt, type Plan } from './plan.ts';
import { readTarget, type RepoState } from './repo.ts';
import { newSource } from './source-files.ts';

export async function planNewSource(
  line: CommandLine,
  repo: RepoState,
  cwd: string,
  issues: ValidationIssue[],
): Promise<Plan | undefined> {
  const slug = line.slug!;
  const cityFile = `data/cities/${slug}.yaml`;
  if (!SlugSchema.safeParse(slug).success || !repo.cities.has(slug)) {
    issues.push({
      file: 'new-source',
      rule: 'slug-unknown',
      message: `there is no city "${slug}" (${cityFile}); add a new city with \`pnpm new-city ${slug} --source <file> --name-zh … --name-en … --province-zh … --province-en … --admin-code …\``,
    });
    return undefined;
  }
  const city = repo.cities.get(slug);
  if (!city?.name?.zh || !city.name.en)
    issues.push({
      file: cityFile,
      rule: 'city-file',
      message: 'has no readable city block (city.name)',
    });
  const cff = readTarget(repo.root, 'CITATION.cff', issues);
  const zenodo = readTarget(repo.root, '.zenodo.json', issues);
  const source = await newSource(slug, line.source!, line.meta, repo, cwd, issues);
  if (!source || !city?.name || !cff || !zenodo || issues.length > 0) return undefined;
  const cityText = attempt(issues, cityFile, 'city-file', () =>
    appendDrafts(readFileSync(join(repo.root, cityFile), 'utf8'), source.drafts),
  );
  const citation = attempt(issues, 'CITATION.cff', 'citation-file', () =>
    citationFiles(cff, zenodo, source.meta),
  );
  if (!cityText || !citation) return undefined;
  const files = new Map<string, string | Uint8Array>(source.files);
  files.set(cityFile, cityText);
  for (const [path, text] of citation) files.set(path, text);
  const changesets = newSourceChangeset(
    { slug, name: { zh: city.name.zh!, en: city.name.en! } },
    { id: source.meta.id, ...source.meta.republication },
  );
  for (const [path, text] of changesets) files.set(path, text);
  return { files, source, changed: [cityFile, 'CITATION.cff', '.zenodo.json'] };
}

// What the repository holds already: cities, their admin codes, sources and their hashes, and
// the indicator catalogue (read leniently: a broken file is validate's to report, not the intake's).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { City, Indicator } from '@shuangjian/schema';
import type { ValidationIssue } from '../validate/issues.ts';
import { parse } from 'yaml';

export interface ExistingSource {
  id: string;
  city: string;
  file: string;
  /** sha256 of the text and, when recorded, of the original file. */
  hashes: string[];
}

export interface RepoState {
  root: string;
  /** Slug -> the city block of data/cities/<slug>.yaml (undefined when it cannot be read). */
  cities: Map<string, Partial<City> | undefined>;
  /** Slug -> the ids of the figures data/cities/<slug>.yaml has (a new source's must differ). */
  figureIds: Map<string, Set<string>>;
  sources: ExistingSource[];
  indicators: Indicator[];
  /** Folders under packages/. */
  packages: string[];
}

const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

function readYaml(file: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

export function readRepo(root: string): RepoState {
  const cities = new Map<string, Partial<City> | undefined>();
  const figureIds = new Map<string, Set<string>>();
  for (const name of list(join(root, 'data', 'cities')).filter((n) => n.endsWith('.yaml'))) {
    const file = record(readYaml(join(root, 'data', 'cities', name)));
    const slug = name.slice(0, -'.yaml'.length);
    cities.set(slug, file.city ? (record(file.city) as Partial<City>) : undefined);
    const figures = Array.isArray(file.figures) ? file.figures : [];
    figureIds.set(
      slug,
      new Set(
        figures.map((f) => record(f).id).filter((id): id is string => typeof id === 'string'),
      ),
    );
  }
  const sources: ExistingSource[] = [];
  for (const city of list(join(root, 'data', 'sources'))) {
    for (const name of list(join(root, 'data', 'sources', city)).filter((n) =>
      n.endsWith('.yaml'),
    )) {
      const file = `data/sources/${city}/${name}`;
      const meta = record(readYaml(join(root, file)));
      const hashes = [meta.sha256, record(meta.original).sha256].filter(
        (h): h is string => typeof h === 'string',
      );
      sources.push({ id: name.slice(0, -'.yaml'.length), city, file, hashes });
    }
  }
  const catalogue = record(readYaml(join(root, 'data', 'indicators.yaml'))).indicators;
  return {
    root,
    cities,
    figureIds,
    sources,
    indicators: Array.isArray(catalogue) ? (catalogue as Indicator[]) : [],
    packages: list(join(root, 'packages')),
  };
}

/** A repository file a command changes, which must exist; undefined with an issue otherwise. */
export function readTarget(
  root: string,
  path: string,
  issues: ValidationIssue[],
): string | undefined {
  const abs = join(root, path);
  if (existsSync(abs)) return readFileSync(abs, 'utf8');
  issues.push({
    file: path,
    rule: 'file-missing',
    message: 'does not exist; is --root a checkout?',
  });
  return undefined;
}

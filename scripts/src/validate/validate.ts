import type { City, Exclusion, Figure, Indicator, Source } from '@shuangjian/schema';
import { loadInputs } from '../load/inputs.ts';
import { checkCoverage } from './check-coverage.ts';
import { checkRules } from './check-rules.ts';
import { checkCityFile, checkIndicatorFile, checkSourceFile } from './check-schema.ts';
import { checkSource, type ResolvedSource } from './check-sources.ts';
import { printableIssue, sortIssues, type ValidationIssue } from './issues.ts';

/** A city whose every input checked out: what build:data publishes. */
export interface ValidCity {
  city: City;
  file: string;
  /** Oldest first: by republication date, then id. */
  sources: { meta: Source; text: string }[];
  /** In source order (the order of `sources`, then quote offset, then id). */
  figures: Figure[];
  exclusions: Exclusion[];
}

export interface ValidationResult {
  issues: ValidationIssue[];
  cities: ValidCity[];
  indicators: Indicator[];
}

/** Check everything under dataDir and report every broken rule; never throws on bad input. */
export function validate(dataDir: string, prefix = 'data'): ValidationResult {
  const { inputs, issues } = loadInputs(dataDir, prefix);

  const indicatorList = inputs.indicators ? checkIndicatorFile(inputs.indicators, issues) : [];
  const indicators = new Map<string, Indicator>();
  for (const { value, yaml, path } of indicatorList) {
    if (indicators.has(value.id))
      issues.push({
        file: yaml.file,
        rule: 'id-unique',
        message: `indicator "${value.id}" is defined twice`,
        at: yaml.positionOf([...path, 'id']),
      });
    indicators.set(value.id, value);
  }

  // Ids the catalogue declares, valid or not (undefined when it cannot be read): a figure naming
  // a declared but invalid indicator is not reported again.
  const declared = declaredIds(inputs.indicators?.value);

  const sourcesByCity = new Map<string, Map<string, ResolvedSource>>();
  const sourceIds = new Set<string>();
  // "<city>/<id>" of each source file that failed its own checks. Figures and exclusions naming it
  // are not reported as well: one broken source would otherwise bury its issues under dozens more.
  const broken = new Set<string>();
  for (const input of inputs.sources) {
    broken.add(input.metaFile.replace(/^.*\/([^/]+\/[^/]+)\.yaml$/, '$1'));
    const located = input.meta ? checkSourceFile(input.meta, issues) : undefined;
    if (!located) continue;
    if (sourceIds.has(located.value.id)) {
      issues.push({
        file: input.metaFile,
        rule: 'id-unique',
        message: `source id "${located.value.id}" is used twice`,
      });
    }
    sourceIds.add(located.value.id);
    const resolved = checkSource(input, located, inputs.seeds, issues);
    if (!resolved) continue;
    broken.delete(`${resolved.meta.city}/${resolved.meta.id}`);
    const forCity = sourcesByCity.get(resolved.meta.city) ?? new Map<string, ResolvedSource>();
    forCity.set(resolved.meta.id, resolved);
    sourcesByCity.set(resolved.meta.city, forCity);
  }

  const cities: ValidCity[] = [];
  const reported = new Map<string, Set<string>>();
  for (const yaml of inputs.cities) {
    const { city, figures, exclusions } = checkCityFile(yaml, issues);
    if (!city) continue;
    const slug = city.value.slug;
    if (`${slug}.yaml` !== yaml.file.split('/').pop()) {
      issues.push({
        file: yaml.file,
        rule: 'city-slug',
        message: `slug "${slug}" does not match the file name`,
        at: yaml.positionOf(['city', 'slug']),
      });
    }
    const sources = sourcesByCity.get(slug) ?? new Map<string, ResolvedSource>();
    if (sources.size === 0)
      issues.push({
        file: yaml.file,
        rule: 'source-missing',
        message: `no valid source under ${prefix}/sources/${slug}/`,
      });
    // A package of no figures would publish nothing (and its typed entry has no FigureId).
    const listed = (yaml.value as { figures?: unknown }).figures;
    if (Array.isArray(listed) && listed.length === 0)
      issues.push({
        file: yaml.file,
        rule: 'figures-missing',
        message: 'the city has no figure: a city is added with the statistics of its report',
        at: yaml.positionOf(['figures']),
      });
    const checked = checkRules(figures, exclusions, {
      city: slug,
      sources,
      broken,
      catalogue: { indicators, declared },
      issues,
    });
    for (const source of sources.values())
      checkCoverage(source, checked, exclusions, yaml.file, issues);
    // Coverage counts every figure that names an indicator, valid or not.
    for (const id of rawIndicators(yaml.value))
      reported.set(id, (reported.get(id) ?? new Set()).add(slug));
    // Sources oldest first: by republication date, then id; figures in that source order.
    const resolved = [...sources.values()].sort(
      (a, b) =>
        codeUnitOrder(a.meta.republication.date, b.meta.republication.date) ||
        codeUnitOrder(a.meta.id, b.meta.id),
    );
    const rank = new Map(resolved.map((s, i) => [s.meta.id, i]));
    const ordered = checked
      .filter((c) => c.ok)
      .sort(
        (a, b) =>
          rank.get(a.figure.source)! - rank.get(b.figure.source)! ||
          a.figure.quote.start - b.figure.quote.start ||
          a.rawStart - b.rawStart ||
          a.figure.id.localeCompare(b.figure.id),
      );
    cities.push({
      city: city.value,
      file: yaml.file,
      sources: resolved.map((s) => ({ meta: s.meta, text: s.text.text })),
      figures: ordered.map(({ figure }) => ({
        ...figure,
        global_id: `${slug}/${figure.id}`,
        city: slug,
      })),
      exclusions: exclusions.map((e) => e.value),
    });
  }
  for (const slug of sourcesByCity.keys()) {
    // A city file that exists but is broken has said so already.
    if (!inputs.cityFiles.includes(`${prefix}/cities/${slug}.yaml`))
      issues.push({
        file: `${prefix}/sources/${slug}`,
        rule: 'city-missing',
        message: `sources for "${slug}" but no ${prefix}/cities/${slug}.yaml`,
      });
  }
  // Coverage cannot be judged while a city file is broken.
  const allCities = cities.length === inputs.cityFiles.length;
  for (const { value, yaml, path } of allCities ? indicatorList : []) {
    const n = reported.get(value.id)?.size ?? 0;
    if (n < 2)
      issues.push({
        file: yaml.file,
        rule: 'indicator-coverage',
        message: `indicator "${value.id}" is reported by ${n} city(ies); the catalogue holds measures two or more cities report`,
        at: yaml.positionOf([...path, 'id']),
      });
  }
  return {
    issues: sortIssues(issues).map(printableIssue),
    cities: cities.sort((a, b) => a.city.slug.localeCompare(b.city.slug)),
    indicators: [...indicators.values()],
  };
}

function entries(value: unknown, key: string): Record<string, unknown>[] | undefined {
  const list =
    value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return Array.isArray(list)
    ? list.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object')
    : undefined;
}

function declaredIds(catalogue: unknown): Set<string> | undefined {
  const list = entries(catalogue, 'indicators');
  return (
    list && new Set(list.map((x) => x.id).filter((id): id is string => typeof id === 'string'))
  );
}

function rawIndicators(city: unknown): string[] {
  return (entries(city, 'figures') ?? [])
    .map((f) => f.indicator)
    .filter((id): id is string => typeof id === 'string');
}

/** Plain string order (ISO dates and slugs), independent of the locale. */
function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

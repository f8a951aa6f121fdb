import { compare, indicators, type ComparisonRow, type IndicatorId } from '@shuangjian/indicators';
import { DatasetSchema } from '@shuangjian/schema';
import type { Dataset, Figure, Indicator, SourceWithText } from '@shuangjian/schema';
import config from '../../site.config.json' with { type: 'json' };
import { cityPackage, readPackageFile } from './package-files';

/**
 * Read a city's published dataset (data/dataset.json of the installed @shuangjian/<slug>) and check
 * it against the schema, so that a package built by another version of the scripts fails here,
 * naming the city, instead of as a broken page.
 */
export function loadDataset(slug: string): Dataset {
  const name = cityPackage(slug);
  let raw: unknown;
  try {
    raw = JSON.parse(readPackageFile(name, 'data/dataset.json').toString('utf8'));
  } catch (e) {
    throw new Error(
      `site.config.json lists the city "${slug}", but ${name}/data/dataset.json cannot be read ` +
        `(is ${name} a dependency of the site, and has \`pnpm build:data\` run?): ${(e as Error).message}`,
      { cause: e },
    );
  }
  const parsed = DatasetSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(
      `${name}/data/dataset.json does not match the Dataset schema:\n  ${issues.join('\n  ')}`,
    );
  }
  if (parsed.data.city.slug !== slug)
    throw new Error(
      `${name}/data/dataset.json holds the city "${parsed.data.city.slug}", not "${slug}"`,
    );
  return raw as Dataset; // as published: the schema would reorder keys
}

/**
 * The city datasets the site is built from, in display order: the order of `cities` in
 * site.config.json (for the three 2023 reports, the order of the source file). Each city is read
 * from its installed package, so the site shows exactly what npm users get.
 */
export const DATASETS: readonly Dataset[] = config.cities.flatMap((slug) => {
  // In `pnpm dev`, a city added by `pnpm new-city` has no data until its drafts are reviewed and
  // build:data has run: it is left out (its drafts are at /drafts/<city>/). A build needs it.
  if (import.meta.env.DEV && !hasDataset(slug)) {
    console.warn(`site-data: ${slug} has no built data yet; its drafts are at /drafts/${slug}/`);
    return [];
  }
  return [loadDataset(slug)];
});

/** Whether a city's package has its data built (data/dataset.json). */
function hasDataset(slug: string): boolean {
  try {
    readPackageFile(cityPackage(slug), 'data/dataset.json');
    return true;
  } catch {
    return false;
  }
}

export const INDICATORS: readonly Indicator[] = indicators;

/**
 * Fail the build, naming what is wrong, when data reaching the site breaks a rule the pages rely on.
 * Exported for tests; runs once when this module loads.
 */
export function checkSiteData(datasets: readonly Dataset[], catalogue: readonly Indicator[]): void {
  const errors: string[] = [];
  const indicatorIds = new Set(catalogue.map((i) => i.id));
  const slugs = new Set<string>();
  for (const d of datasets) {
    if (slugs.has(d.city.slug)) errors.push(`city "${d.city.slug}" appears twice`);
    slugs.add(d.city.slug);
    const sourceIds = new Set(d.sources.map((s) => s.id));
    const ids = new Set<string>();
    for (const f of d.figures) {
      if (ids.has(f.id)) errors.push(`${f.global_id}: duplicate figure id`);
      ids.add(f.id);
      if (!sourceIds.has(f.source))
        errors.push(`${f.global_id}: source "${f.source}" is not among ${d.name}'s sources`);
      if (f.indicator !== null && !indicatorIds.has(f.indicator))
        errors.push(`${f.global_id}: unknown indicator "${f.indicator}"`);
      const source = d.sources.find((s) => s.id === f.source);
      if (source && [...source.text].slice(f.quote.start, f.quote.end).join('') !== f.quote.text) {
        errors.push(
          `${f.global_id}: quote is not at [${f.quote.start}, ${f.quote.end}) of ${f.source}`,
        );
      }
    }
  }
  if (errors.length > 0)
    throw new Error(`Site data check failed (${errors.length}):\n  ${errors.join('\n  ')}`);
}

checkSiteData(DATASETS, INDICATORS);

const BY_SLUG = new Map(DATASETS.map((d) => [d.city.slug, d]));

export function getDataset(slug: string): Dataset {
  const d = BY_SLUG.get(slug);
  if (!d) throw new Error(`no dataset for city "${slug}"`);
  return d;
}

export function sourceOf(dataset: Dataset, figure: Figure): SourceWithText {
  return dataset.sources.find((s) => s.id === figure.source)!;
}

export function getIndicator(id: string): Indicator {
  const i = INDICATORS.find((x) => x.id === id);
  if (!i) throw new Error(`unknown indicator "${id}"`);
  return i;
}

const comparisons = new Map<string, ComparisonRow[]>();

/** compare() over every city the site shows (computed once per indicator). */
export function comparison(indicatorId: string): ComparisonRow[] {
  let rows = comparisons.get(indicatorId);
  if (!rows) {
    // Ids here come from the catalogue and routes; compare() still rejects one it does not know.
    rows = compare(indicatorId as IndicatorId, DATASETS);
    comparisons.set(indicatorId, rows);
  }
  return rows;
}

/** Every figure of every city, in display order. */
export function allFigures(): { dataset: Dataset; figure: Figure }[] {
  return DATASETS.flatMap((dataset) => dataset.figures.map((figure) => ({ dataset, figure })));
}

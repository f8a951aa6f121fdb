import * as bengbu from '@shuangjian/bengbu';
import * as hefei from '@shuangjian/hefei';
import * as huangshan from '@shuangjian/huangshan';
import { compare, indicators, type ComparisonRow } from '@shuangjian/indicators';
import type { Dataset, Figure, Indicator, SourceWithText } from '@shuangjian/schema';

/** The city datasets the site is built from, in display order (the order of the source file). */
export const DATASETS: readonly Dataset[] = [hefei.dataset, huangshan.dataset, bengbu.dataset];

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

export function getDataset(slug: string): Dataset {
  const d = DATASETS.find((x) => x.city.slug === slug);
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

/** compare() over every city the site shows. */
export function comparison(indicatorId: string): ComparisonRow[] {
  return compare(indicatorId, DATASETS);
}

/** Every figure of every city, in display order. */
export function allFigures(): { dataset: Dataset; figure: Figure }[] {
  return DATASETS.flatMap((dataset) => dataset.figures.map((figure) => ({ dataset, figure })));
}

import {
  nearestIds,
  type City,
  type Figure,
  type Indicator,
  type Period,
  type Qualifier,
  type Unit,
} from '@shuangjian/schema';
import { NOT_REPORTED, figureCaveats, type Caveat } from './caveats.js';
import { getIndicator } from './catalogue.js';
import { INDICATOR_IDS, type IndicatorId } from './indicator-ids.js';
import { periodKey } from './periods.js';

/** What compare() reads of a source: its id and when it was published. */
export interface ComparableSource {
  id: string;
  republication: { date: string };
}

/**
 * What compare() needs of a city dataset (a city package's `dataset`). `sources` orders a city's
 * figures of one indicator from several reports; a dataset without it may have one figure per
 * indicator only.
 */
export interface ComparableDataset {
  city: City;
  figures: readonly Figure[];
  sources?: readonly ComparableSource[];
}

/** One report's figure of the indicator: a point of a city's series. */
export interface SeriesPoint {
  figure: Figure;
  /** The report: its id and republication date (null when the dataset was given without sources). */
  source: { id: string; date: string | null };
}

/**
 * One city in a comparison. A city that does not report the indicator has value null, never 0.
 * A reported row is the city's latest figure of the indicator (from its latest source that reports
 * it); `series` holds every figure of the city for the indicator, oldest first, the row's own last.
 */
export type ComparisonRow =
  | {
      city: City;
      reported: true;
      figure: Figure;
      value: number;
      qualifier: Qualifier;
      unit: Unit;
      period: Period;
      caveats: Caveat[];
      series: SeriesPoint[];
    }
  | {
      city: City;
      reported: false;
      figure: null;
      value: null;
      qualifier: null;
      unit: null;
      period: null;
      caveats: Caveat[];
      series: [];
    };

/** What a comparison row must be given: a city dataset, e.g. the `dataset` export of @shuangjian/hefei. */
function checkDatasets(datasets: unknown): asserts datasets is readonly ComparableDataset[] {
  const expected =
    'expected an array of city datasets ({ city, figures, sources }), e.g. [hefei.dataset, huangshan.dataset] ' +
    "with `import * as hefei from '@shuangjian/hefei'`";
  if (!Array.isArray(datasets))
    throw new TypeError(
      `compare: ${expected}; got ${datasets === null ? 'null' : typeof datasets}`,
    );
  datasets.forEach((d: unknown, i) => {
    const o = d as { city?: { slug?: unknown }; figures?: unknown; sources?: unknown } | null;
    if (Array.isArray(d))
      throw new TypeError(
        `compare: datasets[${i}] is an array (a package's \`figures\`?); ${expected}`,
      );
    if (
      o === null ||
      typeof o !== 'object' ||
      typeof o.city?.slug !== 'string' ||
      !Array.isArray(o.figures) ||
      (o.sources !== undefined && !Array.isArray(o.sources))
    )
      throw new TypeError(`compare: datasets[${i}] is not a city dataset; ${expected}`);
  });
}

/** Plain string order (ISO dates, ids), independent of the locale. */
const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every figure of a city for an indicator, oldest first: by its source's republication date, then
 * source id. A city has at most one per source; several need the dataset's sources to be ordered.
 */
function seriesOf(d: ComparableDataset, indicatorId: string): SeriesPoint[] {
  const slug = d.city.slug;
  const matches = d.figures.filter((f) => f.indicator === indicatorId);
  const bySource = new Map<string, Figure>();
  for (const f of matches) {
    const other = bySource.get(f.source);
    if (other)
      throw new Error(
        `compare: ${slug} has 2 figures for "${indicatorId}" in source "${f.source}" (${other.id}, ${f.id}); expected at most one per source`,
      );
    bySource.set(f.source, f);
  }
  const sources = d.sources && new Map(d.sources.map((s) => [s.id, s]));
  if (!sources && matches.length > 1)
    throw new Error(
      `compare: ${slug} has ${matches.length} figures for "${indicatorId}" (from ${[...bySource.keys()].join(', ')}), ` +
        "but its dataset has no sources to order them by date; pass the city package's dataset",
    );
  return matches
    .map((figure): SeriesPoint => {
      const source = sources?.get(figure.source);
      if (sources && !source)
        throw new Error(
          `compare: ${slug}/${figure.id} names source "${figure.source}", which is not among the dataset's sources`,
        );
      return { figure, source: { id: figure.source, date: source?.republication.date ?? null } };
    })
    .sort(
      (a, b) => order(a.source.date ?? '', b.source.date ?? '') || order(a.source.id, b.source.id),
    );
}

/**
 * One row per dataset, in the order given, with the caveats a reader needs to compare them. A city
 * with the indicator in several reports is compared by its latest figure; the row's `series` lists
 * them all, oldest first. Throws a TypeError for datasets that are not city datasets, a RangeError
 * naming the nearest ids for an indicator the catalogue does not have, and an Error for a city with
 * two figures of the indicator in one source (or several, without the sources to order them).
 */
export function compare(
  indicatorId: IndicatorId,
  datasets: readonly ComparableDataset[],
): ComparisonRow[] {
  if (typeof indicatorId !== 'string')
    throw new TypeError(
      `compare: expected an indicator id (a string such as "${INDICATOR_IDS[0]}"), got ${indicatorId === null ? 'null' : typeof indicatorId}`,
    );
  const indicator: Indicator | undefined = getIndicator(indicatorId);
  if (!indicator) {
    const near = nearestIds(indicatorId, INDICATOR_IDS).map((id) => `"${id}"`);
    throw new RangeError(
      `compare: unknown indicator "${indicatorId}"` +
        (near.length ? `; did you mean ${near.join(' or ')}?` : '') +
        ` (${INDICATOR_IDS.length} ids, listed in INDICATOR_IDS)`,
    );
  }
  checkDatasets(datasets);
  const found = datasets.map((d) => {
    const series = seriesOf(d, indicatorId);
    return { city: d.city, series, figure: series.at(-1)?.figure };
  });
  // Every reported row says how its period differs unless all are one and the same known period.
  const reported = found.flatMap(({ figure }) => (figure ? [figure] : []));
  const keys = new Set(
    reported.map((f) => (f.period.kind === 'unspecified' ? 'unspecified' : periodKey(f.period))),
  );
  const periodsDiffer = reported.length > 1 && (keys.size > 1 || keys.has('unspecified'));
  return found.map(({ city, figure, series }): ComparisonRow =>
    figure
      ? {
          city,
          reported: true,
          figure,
          value: figure.value,
          qualifier: figure.qualifier,
          unit: figure.unit,
          period: figure.period,
          caveats: figureCaveats(figure, indicator, periodsDiffer),
          series,
        }
      : {
          city,
          reported: false,
          figure: null,
          value: null,
          qualifier: null,
          unit: null,
          period: null,
          caveats: [NOT_REPORTED],
          series: [],
        },
  );
}

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

/** What compare() needs of a city dataset (a city package's `dataset`). */
export interface ComparableDataset {
  city: City;
  figures: readonly Figure[];
}

/** One city in a comparison. A city that does not report the indicator has value null, never 0. */
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
    };

/** What a comparison row must be given: a city dataset, e.g. the `dataset` export of @shuangjian/hefei. */
function checkDatasets(datasets: unknown): asserts datasets is readonly ComparableDataset[] {
  const expected =
    'expected an array of city datasets ({ city, figures }), e.g. [hefei.dataset, huangshan.dataset] ' +
    "with `import * as hefei from '@shuangjian/hefei'`";
  if (!Array.isArray(datasets))
    throw new TypeError(
      `compare: ${expected}; got ${datasets === null ? 'null' : typeof datasets}`,
    );
  datasets.forEach((d: unknown, i) => {
    const o = d as { city?: { slug?: unknown }; figures?: unknown } | null;
    if (Array.isArray(d))
      throw new TypeError(
        `compare: datasets[${i}] is an array (a package's \`figures\`?); ${expected}`,
      );
    if (
      o === null ||
      typeof o !== 'object' ||
      typeof o.city?.slug !== 'string' ||
      !Array.isArray(o.figures)
    )
      throw new TypeError(`compare: datasets[${i}] is not a city dataset; ${expected}`);
  });
}

/**
 * One row per dataset, in the order given, with the caveats a reader needs to compare them.
 * Throws a TypeError for datasets that are not city datasets, and a RangeError naming the nearest
 * ids for an indicator the catalogue does not have.
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
    const matches = d.figures.filter((f) => f.indicator === indicatorId);
    if (matches.length > 1)
      throw new Error(
        `compare: ${d.city.slug} has ${matches.length} figures for "${indicatorId}"; expected at most one`,
      );
    return { city: d.city, figure: matches[0] };
  });
  // Every reported row says how its period differs unless all are one and the same known period.
  const reported = found.flatMap(({ figure }) => (figure ? [figure] : []));
  const keys = new Set(
    reported.map((f) => (f.period.kind === 'unspecified' ? 'unspecified' : periodKey(f.period))),
  );
  const periodsDiffer = reported.length > 1 && (keys.size > 1 || keys.has('unspecified'));
  return found.map(({ city, figure }): ComparisonRow =>
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
        },
  );
}

export { NOT_REPORTED, type Caveat, type CaveatCode } from './caveats.js';
export { getIndicator, indicators, type CatalogueIndicator } from './catalogue.js';
export {
  compare,
  type ComparableDataset,
  type ComparableSource,
  type ComparisonRow,
  type SeriesPoint,
} from './compare.js';
export { INDICATOR_IDS, type IndicatorId } from './indicator-ids.js';
export {
  PERIOD_KINDS,
  PERIOD_WORDING_EN,
  describePeriod,
  periodKey,
  periodLabel,
} from './periods.js';

export { describePeriod, type Caveat, type CaveatCode } from './caveats.js';
export { getIndicator, indicators } from './catalogue.js';
export { compare, type ComparableDataset, type ComparisonRow } from './compare.js';

export { indicatorByCity } from './indicator-by-city';
export { parseRateFormula, rateParts, ratePartToWhole } from './rate-part-to-whole';
export { partDisplay, rateScale, type PartDisplay } from './like-with-like';
export type { ChartOutput, ChartTable, Lang } from './lib/types';

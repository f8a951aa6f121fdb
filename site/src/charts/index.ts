export { indicatorByCity } from './indicator-by-city';
export { parseRateFormula, ratePartToWhole } from './rate-part-to-whole';
export { sectionChartGroups, sectionFigures, type SectionGroup } from './section-figures';
export type { ChartOutput, ChartTable, Lang } from './lib/types';

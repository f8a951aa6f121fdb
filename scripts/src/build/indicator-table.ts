import { UNITS, type Indicator } from '@shuangjian/schema';
import type { TableField } from './datapackage.ts';
import { tableCsv } from './csv.ts';

/** One column of indicators.csv. */
interface IndicatorColumn extends TableField {
  get(indicator: Indicator): string | null;
}

const text = (
  name: string,
  description: string,
  get: (i: Indicator) => string | null,
): IndicatorColumn => ({ name, type: 'string', description, get });

/** The columns of indicators.csv, in order. Renaming or removing one is a major release. */
export const INDICATOR_COLUMNS: readonly IndicatorColumn[] = [
  text(
    'id',
    'Indicator id, e.g. "enforcement.personnel-dispatched"; the `indicator` column of figures.csv refers to it.',
    (i) => i.id,
  ),
  text('name_zh', 'Short name in Chinese.', (i) => i.name.zh),
  text('name_en', 'Short name in English.', (i) => i.name.en),
  {
    ...text(
      'unit',
      'The unit the indicator is defined in (the units of figures.csv).',
      (i) => i.unit,
    ),
    enum: Object.keys(UNITS),
  },
  text(
    'alternate_units',
    'Other units a city figure of this indicator may use, separated by spaces; a comparison flags them.',
    (i) => i.alternate_units.join(' ') || null,
  ),
  text('definition_zh', 'What exactly is measured, in Chinese.', (i) => i.definition.zh),
  text('definition_en', 'What exactly is measured, in English.', (i) => i.definition.en),
  text(
    'comparability_zh',
    'What differs between cities and how to read a comparison, in Chinese.',
    (i) => i.comparability.zh,
  ),
  text(
    'comparability_en',
    'What differs between cities and how to read a comparison, in English.',
    (i) => i.comparability.en,
  ),
  text(
    'definition_differences_zh',
    'How the cities’ own definitions differ (what each counts), in Chinese; empty where they count the same thing.',
    (i) => i.definition_differences?.zh ?? null,
  ),
  text(
    'definition_differences_en',
    'How the cities’ own definitions differ (what each counts), in English; empty where they count the same thing.',
    (i) => i.definition_differences?.en ?? null,
  ),
];

/** indicators.csv: one row per indicator of the catalogue, in catalogue order. */
export function indicatorsCsv(indicators: readonly Indicator[]): string {
  return tableCsv(
    INDICATOR_COLUMNS.map((c) => c.name),
    indicators.map((i) => INDICATOR_COLUMNS.map((c) => c.get(i))),
  );
}

import type { Indicator } from '@shuangjian/schema';
import data from '../data/indicators.json' with { type: 'json' };
import type { IndicatorId } from './indicator-ids.js';

/** An indicator of the catalogue: its id is an IndicatorId. */
export type CatalogueIndicator = Indicator & { readonly id: IndicatorId };

/** Every indicator: a measure that two or more cities report, defined once. */
export const indicators = data as readonly CatalogueIndicator[];

const byId = new Map(indicators.map((i) => [i.id as string, i]));

/** The indicator with this id, or undefined (compare() throws for an unknown id instead). */
export function getIndicator(id: string): CatalogueIndicator | undefined {
  return byId.get(id);
}

import type { Indicator } from '@shuangjian/schema';
import data from '../data/indicators.json' with { type: 'json' };

/** Every indicator: a measure that two or more cities report, defined once. */
export const indicators: readonly Indicator[] = data as Indicator[];

const byId = new Map(indicators.map((i) => [i.id, i]));

/** The indicator with this id, or undefined. */
export function getIndicator(id: string): Indicator | undefined {
  return byId.get(id);
}

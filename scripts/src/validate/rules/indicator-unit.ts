import type { Rule } from './rule.ts';

export const indicatorUnit: Rule = {
  id: 'indicator-unit',
  description: "the figure's unit is its indicator's unit or one of its alternate units",
  check({ figure: f, catalogue }) {
    const indicator = f.indicator === null ? undefined : catalogue.indicators.get(f.indicator);
    if (!indicator || indicator.unit === f.unit || indicator.alternate_units.includes(f.unit))
      return [];
    return [
      {
        message: `unit "${f.unit}" is not the indicator's unit "${indicator.unit}" nor one of its alternate units [${indicator.alternate_units.join(', ')}]`,
        field: ['unit'],
      },
    ];
  },
};

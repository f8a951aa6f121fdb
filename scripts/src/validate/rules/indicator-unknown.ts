import type { Rule } from './rule.ts';

export const indicatorUnknown: Rule = {
  id: 'indicator-unknown',
  description: "a figure's `indicator` is in `data/indicators.yaml`",
  check({ figure: f, catalogue }) {
    // A broken catalogue, or a broken entry for this id, is reported where it is.
    if (f.indicator === null || catalogue.indicators.has(f.indicator)) return [];
    if (catalogue.declared?.has(f.indicator) !== false) return [];
    return [
      {
        message: `indicator "${f.indicator}" is not in data/indicators.yaml`,
        field: ['indicator'],
      },
    ];
  },
};

import type { CityFinding, Rule } from './rule.ts';

export const indicatorDuplicate: Rule = {
  id: 'indicator-duplicate',
  description: 'a city has one figure per indicator',
  checkCity({ city, figures }) {
    const first = new Map<string, string>();
    const findings: CityFinding[] = [];
    for (const f of figures) {
      const { id, indicator } = f.figure;
      if (indicator === null) continue;
      const other = first.get(indicator);
      if (other === undefined) first.set(indicator, id);
      else
        findings.push({
          figure: f,
          message: `indicator "${indicator}" is already measured by ${city}/${other}; a city has one figure per indicator`,
          field: ['indicator'],
        });
    }
    return findings;
  },
};

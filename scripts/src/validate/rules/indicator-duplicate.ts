import type { CityFinding, Rule } from './rule.ts';

export const indicatorDuplicate: Rule = {
  id: 'indicator-duplicate',
  description:
    'a city has one figure per indicator in each source (figures of one indicator from several reports are its time series)',
  checkCity({ city, figures }) {
    // "<source>\n<indicator>" -> the first figure claiming it.
    const first = new Map<string, string>();
    const findings: CityFinding[] = [];
    for (const f of figures) {
      const { id, indicator, source } = f.figure;
      if (indicator === null) continue;
      const key = `${source}\n${indicator}`;
      const other = first.get(key);
      if (other === undefined) first.set(key, id);
      else
        findings.push({
          figure: f,
          message: `indicator "${indicator}" is already measured by ${city}/${other} in source ${source}; a city has one figure per indicator in each source`,
          field: ['indicator'],
        });
    }
    return findings;
  },
};

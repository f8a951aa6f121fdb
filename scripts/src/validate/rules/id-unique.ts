import type { CityFinding, Rule } from './rule.ts';

export const idUnique: Rule = {
  id: 'id-unique',
  description:
    'figure ids are unique within a city (indicator and source ids are checked as they load)',
  checkCity({ figures }) {
    const first = new Map<string, number>();
    const findings: CityFinding[] = [];
    figures.forEach((f, index) => {
      const { id } = f.figure;
      const seen = first.get(id);
      if (seen === undefined) first.set(id, index);
      else
        findings.push({
          figure: f,
          message: `id "${id}" is used twice in this city (also figure #${seen + 1})`,
          field: ['id'],
        });
    });
    return findings;
  },
};

import { describe, expect, it } from 'vitest';
import { cityCharts, sectionCharts } from '../../../src/lib/chart-registry';
import { DATASETS, getDataset } from '../../../src/lib/site-data';

describe('city charts (like with like)', () => {
  it('draws no chart of Huangshan’s part with 765 members, ~100,000 participants and 189 grid workers', () => {
    const d = getDataset('huangshan');
    const part = d.figures.filter((f) => f.section === 4 && f.unit === 'persons');
    expect(part.map((f) => f.value)).toEqual([765, 100000, 189]);
    expect(sectionCharts('huangshan', d.sources[0]!.id, 4)).toEqual([]);
  });

  it('charts a city’s stated rates only, never figures for sharing a unit', () => {
    for (const d of DATASETS)
      for (const chart of cityCharts(d.city.slug)) expect(chart.id).toMatch(/^rate-/);
    expect(cityCharts('huangshan').map((c) => c.id)).toEqual([
      'rate-huangshan-academic-institutions-reduction-rate',
      'rate-huangshan-non-academic-approval-rate',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { DATASETS, INDICATORS, checkSiteData } from './site-data';

describe('checkSiteData', () => {
  it('accepts the real data', () => {
    expect(() => checkSiteData(DATASETS, INDICATORS)).not.toThrow();
  });

  it('fails, naming the figure, on an unknown indicator', () => {
    const d = DATASETS[0]!;
    const bad = {
      ...d,
      figures: [{ ...d.figures[0]!, indicator: 'made.up' }, ...d.figures.slice(1)],
    };
    expect(() => checkSiteData([bad], INDICATORS)).toThrow(
      `${d.figures[0]!.global_id}: unknown indicator "made.up"`,
    );
  });

  it('fails, naming the figure, on a figure without a source', () => {
    const d = DATASETS[1]!;
    const bad = { ...d, figures: [{ ...d.figures[0]!, source: 'nowhere' }] };
    expect(() => checkSiteData([bad], INDICATORS)).toThrow(/source "nowhere"/);
  });

  it('fails when a quote is not where it says', () => {
    const d = DATASETS[2]!;
    const f = d.figures[0]!;
    const bad = { ...d, figures: [{ ...f, quote: { ...f.quote, start: f.quote.start + 1 } }] };
    expect(() => checkSiteData([bad], INDICATORS)).toThrow(/quote is not at/);
  });
});

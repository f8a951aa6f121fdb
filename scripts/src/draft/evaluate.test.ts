import { describe, expect, it } from 'vitest';
import { combine, evaluateRepository, formatTable } from './evaluate.ts';

// The drafter is measured on the real sources against their hand annotations. Only floors are
// asserted here: the drafter must work for reports it has never seen, not be tuned to these.
describe('draft:evaluate on the sources in data/', () => {
  const rows = evaluateRepository();
  const all = combine(rows.map((r) => r.comparison));

  it('evaluates every city', () => {
    expect(rows.map((r) => r.city)).toEqual(['bengbu', 'hefei', 'huangshan']);
    expect(all.handFigures).toBeGreaterThan(50);
  });

  it('covers every numeral exactly once', () => {
    expect(all.coverage.uncovered).toEqual([]);
    expect(all.coverage.twice).toEqual([]);
    expect(all.coverage.once).toBe(all.coverage.numerals);
  });

  it('drafts only valid figures: value from raw, raw and unit_zh in the quote, offsets on the text', () => {
    expect(all.invalid).toEqual([]);
  });

  it('finds most hand figures, with their values', () => {
    expect(all.matched / all.handFigures).toBeGreaterThanOrEqual(0.8);
    expect(all.value).toBe(all.matched);
    expect(all.quoteHoldsRaw).toBe(all.matched);
  });

  it('prints a table with a row per city and one for all', () => {
    const table = formatTable(rows);
    expect(table[0]).toMatch(/^city\s+hand\s+recall/);
    expect(table.filter((l) => /^(bengbu|hefei|huangshan|all)\s/.test(l))).toHaveLength(4);
  });
});

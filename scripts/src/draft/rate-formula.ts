import { evaluateFormula, parseFormula } from '../validate/formula.ts';
import { parseRaw } from '../validate/numerals.ts';

/** What a rate formula needs of a figure. */
export interface RatePart {
  id: string;
  value: number;
  unit: string;
  raw: string;
  /** Where its raw number starts, and the sentence it is in. */
  at: number;
  sentence: number;
}

/**
 * A formula for a stated percentage, from two counts of one unit before it in the same sentence:
 * b / a (a share), (a - b) / a (a fall) or (b - a) / a (a rise), whichever recomputes to the rate
 * as written (to its decimals). Null when none does.
 */
export function suggestFormula(
  rate: RatePart,
  figures: readonly RatePart[],
): { formula: string | null; why: string } {
  const parsed = parseRaw(rate.raw);
  if ('error' in parsed) return { formula: null, why: 'formula null: the rate does not parse' };
  const counts = figures.filter(
    (f) =>
      f.sentence === rate.sentence && f.at < rate.at && f.unit !== 'percent' && f.id !== rate.id,
  );
  for (let j = counts.length - 1; j >= 0; j--) {
    for (let i = j - 1; i >= 0; i--) {
      const [a, b] = [counts[i]!, counts[j]!];
      if (a.unit !== b.unit) continue;
      const candidates = [
        [`${b.id} / ${a.id}`, 'the share of the second count in the first'],
        [`${a.id} / ${b.id}`, 'the share of the first count in the second'],
        [`(${a.id} - ${b.id}) / ${a.id}`, 'the fall from the first count to the second'],
        [`(${b.id} - ${a.id}) / ${a.id}`, 'the rise from the first count to the second'],
      ] as const;
      for (const [formula, meaning] of candidates) {
        const values = new Map([
          [a.id, a.value],
          [b.id, b.value],
        ]);
        const result = evaluateFormula(parseFormula(formula), (id) => values.get(id)) * 100;
        if (Number.isFinite(result) && Number(result.toFixed(parsed.decimals)) === parsed.value)
          return {
            formula,
            why: `formula ${formula}: ${meaning} recomputes to ${rate.raw}% (${result.toFixed(parsed.decimals + 2)})`,
          };
      }
    }
  }
  return {
    formula: null,
    why:
      counts.length < 2
        ? 'formula null: the sentence states no two counts the rate could be computed from'
        : 'formula null: no share, fall or rise of the counts in the sentence recomputes to the rate',
  };
}

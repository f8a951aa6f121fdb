import type { Indicator } from '@shuangjian/schema';

/** Chinese character bigrams of a text (the words of a catalogue entry, without segmentation). */
function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  // Pairs within runs of Chinese characters only, and without a particle or conjunction (的机).
  for (const run of text.split(/[^\u3400-\u9fff]+/u)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++)
      if (!/[的和或及等了]/u.test(chars[i]! + chars[i + 1]!)) out.add(chars[i]! + chars[i + 1]!);
  }
  return out;
}

// Bigrams every tutoring report uses: they tell no indicator from another.
const COMMON = new Set(['校外', '外培', '培训', '训机', '机构', '双减', '工作', '开展', '治理']);

export interface IndicatorChoice {
  id: string | null;
  score: number;
  why: string;
}

interface Scored {
  indicator: Indicator;
  name: Set<string>;
  definition: Set<string>;
}

/** Prepare the catalogue once: each entry's name and definition as bigrams. */
export function indexIndicators(indicators: readonly Indicator[]): Scored[] {
  return indicators.map((indicator) => ({
    indicator,
    name: bigrams(indicator.name.zh),
    definition: bigrams(indicator.definition.zh),
  }));
}

const MIN_SCORE = 5;
const UNIT_BONUS = 1.5;

/**
 * Suggest the catalogue indicator a figure measures: its unit must be the indicator's (or an
 * alternate), and the words of its clause must share the indicator's name and definition words
 * (bigrams, the name counting double, rare bigrams more than common ones).
 */
export function suggestIndicator(
  catalogue: readonly Scored[],
  quote: string,
  clause: string,
  unit: string,
): IndicatorChoice {
  // The quote's words count in full, the rest of the clause's at half weight.
  const inQuote = bigrams(quote);
  const words = new Map<string, number>(
    [...bigrams(clause)].map((b) => [b, inQuote.has(b) ? 1 : 0.5]),
  );
  for (const b of inQuote) words.set(b, 1);
  const df = new Map<string, number>();
  for (const s of catalogue)
    for (const b of new Set([...s.name, ...s.definition])) df.set(b, (df.get(b) ?? 0) + 1);
  let best: { s: Scored; score: number; shared: string[] } | null = null;
  for (const s of catalogue) {
    if (s.indicator.unit !== unit && !s.indicator.alternate_units.includes(unit as never)) continue;
    let score = 0;
    let named = false;
    const shared: string[] = [];
    for (const [b, share] of words) {
      if (COMMON.has(b)) continue;
      const weight = share * Math.log2(1 + catalogue.length / (df.get(b) ?? 1));
      if (s.name.has(b)) {
        named = true;
        score += 2 * weight;
        shared.push(b);
      } else if (s.definition.has(b)) {
        score += weight;
        shared.push(b);
      }
    }
    // Counted in the indicator's own unit (not an alternate): a little more likely.
    if (s.indicator.unit === unit) score += UNIT_BONUS;
    // An indicator whose name shares no word with the clause is not what it counts.
    if (!named) score = Math.min(score, MIN_SCORE - 0.01);
    if (best === null || score > best.score) best = { s, score, shared };
  }
  if (best === null || best.score < MIN_SCORE)
    return {
      id: null,
      score: best?.score ?? 0,
      why:
        best === null
          ? `indicator null: no catalogue indicator is counted in ${unit}`
          : `indicator null: no catalogue indicator in ${unit} shares enough words with the clause (best ${best.s.indicator.id}, score ${best.score.toFixed(1)})`,
    };
  return {
    id: best.s.indicator.id,
    score: best.score,
    why: `indicator ${best.s.indicator.id} (${best.s.indicator.name.zh}): unit ${unit} fits and the clause shares ${best.shared.join('、')} (score ${best.score.toFixed(1)})`,
  };
}

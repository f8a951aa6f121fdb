import type { Figure } from '@shuangjian/schema';
import { rateParts } from './rate-part-to-whole';

/*
 * Like with like: which figures may share a scale.
 *
 * A chart puts figures on one scale only when the data itself says that they measure the same
 * thing:
 *   1. one indicator across cities (indicator-by-city.ts): the catalogue (data/indicators.yaml)
 *      defines the measure once, and a city reports it at most once;
 *   2. a stated rate and the two counts its formula names (rate-part-to-whole.ts): the part and
 *      the rest of one whole, in one unit.
 * Sharing a unit is not enough. In one part of Huangshan's report, 765 committee members of
 * temporary Party branches, nearly 100,000 teachers and students taking part and 189 grid workers
 * are all counted in persons, yet they count different things: on one scale the 765 and the 189
 * would only look like nothing beside the 100,000. So a part of a report gets no chart of its own;
 * its figures that no rate chart draws are shown as figure cards (components/FigureCards.astro),
 * each with its value as the report writes it, its label, its period and a link, on no scale.
 * The methodology page (content/methodology.*.mdx, "Charts") says the same.
 */

/** How one part of a report is shown: charts of its stated rates, and cards for the rest. */
export interface PartDisplay {
  /** Rates of the part drawn as part-to-whole charts, in report order. */
  rates: Figure[];
  /** Every other figure of the part, in report order: one card each, no shared scale. */
  cards: Figure[];
}

/**
 * Split the figures of one part of a report (one source, one section) into rate charts and cards.
 * `all` is every figure of the city, where a rate's counts are looked up.
 */
export function partDisplay(part: readonly Figure[], all: readonly Figure[] = part): PartDisplay {
  const rates: Figure[] = [];
  const drawn = new Set<Figure>();
  for (const f of part) {
    const parts = rateParts(f, all);
    if (!parts) continue;
    rates.push(f);
    for (const g of [f, parts.whole, parts.other]) drawn.add(g);
  }
  return { rates, cards: part.filter((f) => !drawn.has(f)) };
}

/** The figures a rate chart draws on its one scale: the whole and the part or remainder. */
export function rateScale(rate: Figure, all: readonly Figure[]): Figure[] {
  const parts = rateParts(rate, all);
  return parts ? [parts.whole, parts.other] : [];
}

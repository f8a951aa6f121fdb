// What a validation rule is, and what it is given: one figure, one exclusion, or a whole city.
import type { ExclusionAnnotation, FigureAnnotation, Indicator } from '@shuangjian/schema';
import type { ResolvedSource } from '../check-sources.ts';
import type { ParsedRaw } from '../numerals.ts';

/** One problem a rule found, relative to the figure or exclusion it checked. */
export interface Finding {
  message: string;
  /** Path below the entry, e.g. ['quote', 'start'] (positions the issue); the entry when absent. */
  field?: (string | number)[];
  /** Code-point offset in the entry's source text that the problem points at. */
  offset?: number;
}

/** A finding of a city-wide rule: the figure it is reported on, and where. */
export interface CityFinding extends Finding {
  figure: FigureContext;
}

/** The indicator catalogue as the figure rules see it. */
export interface Catalogue {
  indicators: Map<string, Indicator>;
  /** Ids the catalogue declares, valid or not; undefined when it cannot be read. */
  declared: Set<string> | undefined;
}

/** One figure and everything a rule needs to judge it alone. */
export interface FigureContext {
  figure: FigureAnnotation;
  /** The city's slug. */
  city: string;
  /** The figure's source, when it names a valid source of its city. */
  source: ResolvedSource | undefined;
  /** The named source exists but failed its own checks (reported there, not again). */
  sourceBroken: boolean;
  catalogue: Catalogue;
  /** `raw` read as a number, or why it cannot be. */
  parsed: ParsedRaw | { error: string };
  /** UTF-16 index of `raw` in quote.text, -1 when absent. */
  rawIndex: number;
  /** UTF-16 index of `raw` followed by `unit_zh` in quote.text, -1 when absent. */
  unitIndex: number;
}

/** Where a figure's quote is in its source. */
export interface QuoteLocation {
  /** Code-point offsets of every occurrence of quote.text. */
  found: number[];
  /** The quote's span, when it occurs and is unambiguous (or quote.occurrence picks one). */
  span?: { start: number; end: number };
}

/** A figure whose source resolved, with its quote looked up there. */
export interface SourcedFigureContext extends FigureContext {
  source: ResolvedSource;
  quote: QuoteLocation;
}

/** One exclusion and its source. */
export interface ExclusionContext {
  exclusion: ExclusionAnnotation;
  city: string;
  source: ResolvedSource | undefined;
  sourceBroken: boolean;
}

/** A city's figures and exclusions, in file order: for rules that compare entries. */
export interface CityContext {
  city: string;
  figures: FigureContext[];
  exclusions: ExclusionContext[];
}

/**
 * A validation rule. Each issue it reports carries its `id`; `description` is the one line
 * scripts/README.md lists it with. A rule implements any of the checks below.
 */
export interface Rule {
  id: string;
  description: string;
  /** Each figure, alone. */
  check?(figure: FigureContext): Finding[];
  /**
   * Each figure whose source resolved (a figure naming an unknown or broken source is reported
   * once for that, not again for its quote).
   */
  checkInSource?(figure: SourcedFigureContext): Finding[];
  /** Each exclusion, alone. */
  checkExclusion?(exclusion: ExclusionContext): Finding[];
  /** The city's figures together (uniqueness, formulas over other figures). */
  checkCity?(city: CityContext): CityFinding[];
}

// Builds what the rules are given: each figure with its source, parsed raw and quote location.
import type { ExclusionAnnotation, FigureAnnotation } from '@shuangjian/schema';
import type { ResolvedSource } from '../check-sources.ts';
import { parseRaw } from '../numerals.ts';
import type {
  Catalogue,
  ExclusionContext,
  FigureContext,
  QuoteLocation,
  SourcedFigureContext,
} from './rule.ts';

/** A city's sources as the rules see them. */
export interface CitySources {
  city: string;
  /** Valid sources of the city, by id. */
  sources: Map<string, ResolvedSource>;
  /** "<city>/<id>" of sources that exist but failed their own checks. */
  broken: Set<string>;
}

export function figureContext(
  figure: FigureAnnotation,
  { city, sources, broken }: CitySources,
  catalogue: Catalogue,
): FigureContext | SourcedFigureContext {
  const context: FigureContext = {
    figure,
    city,
    source: sources.get(figure.source),
    sourceBroken: broken.has(`${city}/${figure.source}`),
    catalogue,
    parsed: parseRaw(figure.raw),
    rawIndex: figure.quote.text.indexOf(figure.raw),
    unitIndex: figure.quote.text.indexOf(measured(figure)),
  };
  return context.source
    ? { ...context, source: context.source, quote: locateQuote(figure, context.source) }
    : context;
}

/** Percent written in words carries its measure word inside the number: 百分之三十, 三分之一, 七成. */
const WORD_PERCENT = ['百分之', '分之', '成'];

/**
 * The number with its measure word as the quote must hold it: raw followed by unit_zh ("3937人次"),
 * or raw alone when unit_zh is the percent word written inside it ("百分之三十" with 百分之).
 */
export function measured(figure: Pick<FigureAnnotation, 'raw' | 'unit' | 'unit_zh'>): string {
  const inside =
    figure.unit === 'percent' &&
    WORD_PERCENT.includes(figure.unit_zh) &&
    figure.raw.includes(figure.unit_zh);
  return inside ? figure.raw : figure.raw + figure.unit_zh;
}

export function isSourced(f: FigureContext): f is SourcedFigureContext {
  return f.source !== undefined && 'quote' in f;
}

/** Every occurrence of the quote, and its span when the quote (or quote.occurrence) is unambiguous. */
export function locateQuote(figure: FigureAnnotation, source: ResolvedSource): QuoteLocation {
  const found = source.text.occurrences(figure.quote.text);
  const { occurrence } = figure.quote;
  if (found.length === 0) return { found };
  if (occurrence === undefined ? found.length > 1 : occurrence > found.length) return { found };
  const start = found[(occurrence ?? 1) - 1]!;
  return { found, span: { start, end: start + Array.from(figure.quote.text).length } };
}

export function exclusionContext(
  exclusion: ExclusionAnnotation,
  { city, sources, broken }: CitySources,
): ExclusionContext {
  return {
    exclusion,
    city,
    source: sources.get(exclusion.source),
    sourceBroken: broken.has(`${city}/${exclusion.source}`),
  };
}

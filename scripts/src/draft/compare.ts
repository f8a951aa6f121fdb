import type { Exclusion, FigureAnnotation } from '@shuangjian/schema';
import { NUMERAL_PATTERN, parseRaw } from '../validate/numerals.ts';
import { SourceText } from '../validate/source-text.ts';
import type { DraftExclusion, DraftFigure, DraftOutput } from './types.ts';

const PERCENT_IN_WORDS = ['百分之', '分之', '成'];

/** What the quote holds: raw then unit_zh, or raw alone where it holds percent in words (七成). */
export function writtenIn(figure: Pick<FigureAnnotation, 'raw' | 'unit_zh'>): string {
  const inside = PERCENT_IN_WORDS.includes(figure.unit_zh) && figure.raw.includes(figure.unit_zh);
  return inside ? figure.raw : figure.raw + figure.unit_zh;
}

interface Spanned {
  start: number;
  end: number;
}

/** Where a figure's raw number lies in the source: in its quote, right before unit_zh. */
export function rawSpan(
  figure: Pick<FigureAnnotation, 'raw' | 'unit_zh' | 'quote'>,
): Spanned | null {
  const written = writtenIn(figure);
  const at = figure.quote.text.indexOf(written);
  if (at < 0) return null;
  const start = figure.quote.start + [...figure.quote.text.slice(0, at)].length;
  return { start, end: start + [...figure.raw].length };
}

/** Every place an exclusion's text covers (all its occurrences). */
export function exclusionSpans(
  text: SourceText,
  exclusions: readonly Pick<Exclusion, 'text'>[],
): Spanned[] {
  return exclusions.flatMap((e) => {
    const width = [...e.text].length;
    return text.occurrences(e.text).map((start) => ({ start, end: start + width }));
  });
}

export interface Coverage {
  numerals: number;
  /** Numeral characters inside exactly one figure raw or exclusion occurrence. */
  once: number;
  uncovered: string[];
  twice: string[];
}

/** How many numeral characters the drafts cover exactly once (the aim: all of them). */
export function coverage(
  source: string,
  draft: Pick<DraftOutput, 'figures' | 'exclusions'>,
): Coverage {
  const text = new SourceText(source);
  const count = new Uint8Array(text.length);
  const spans = [
    ...draft.figures.map(rawSpan).filter((s): s is Spanned => s !== null),
    ...exclusionSpans(text, draft.exclusions),
  ];
  for (const s of spans) for (let i = s.start; i < s.end; i++) count[i]!++;
  const result: Coverage = { numerals: 0, once: 0, uncovered: [], twice: [] };
  for (const token of text.numerals(NUMERAL_PATTERN)) {
    for (let i = token.start; i < token.end; i++) {
      result.numerals++;
      const context = `${text.slice(Math.max(0, i - 6), i)}[${text.chars[i]}]${text.slice(i + 1, i + 7)}`;
      if (count[i] === 1) result.once++;
      else if (count[i] === 0) result.uncovered.push(context);
      else result.twice.push(context);
    }
  }
  return result;
}

/**
 * What a draft figure must hold before anyone reviews it: value equals raw read, raw followed
 * by unit_zh in the quote (or percent in words inside raw), quote offsets on the text, exclusion
 * counts right. Returns the problems found.
 */
export function validityProblems(
  source: string,
  draft: Pick<DraftOutput, 'figures' | 'exclusions'>,
): string[] {
  const text = new SourceText(source);
  const problems: string[] = [];
  for (const f of draft.figures) problems.push(...figureProblems(text, f));
  for (const e of draft.exclusions) problems.push(...exclusionProblems(text, e, draft.figures));
  const ids = draft.figures.map((f) => f.id);
  if (new Set(ids).size !== ids.length) problems.push('figure ids are not unique');
  const titles = draft.figures.map((f) => f.title.zh);
  if (new Set(titles).size !== titles.length) problems.push('figure titles are not unique');
  return problems;
}

function figureProblems(text: SourceText, f: DraftFigure): string[] {
  const problems: string[] = [];
  const say = (message: string) => problems.push(`${f.id}: ${message}`);
  const parsed = parseRaw(f.raw);
  if ('error' in parsed) say(parsed.error);
  else if (parsed.value !== f.value)
    say(`value ${f.value} is not raw ${f.raw} read (${parsed.value})`);
  if (text.slice(f.quote.start, f.quote.end) !== f.quote.text)
    say('quote offsets do not give the quote text');
  const found = text.occurrences(f.quote.text);
  if (found[(f.quote.occurrence ?? 1) - 1] !== f.quote.start)
    say('quote occurrence does not point at its offsets');
  if (found.length > 1 && f.quote.occurrence === undefined)
    say('quote occurs more than once without occurrence');
  const written = writtenIn(f);
  const at = f.quote.text.indexOf(written);
  if (at < 0) say(`"${written}" is not in the quote`);
  else if (f.quote.text.indexOf(written, at + 1) >= 0)
    say(`"${written}" occurs twice in the quote`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/u.test(f.id)) say('id is not kebab-case');
  if ([...f.title.zh].length > 16) say('title.zh is longer than 16 characters');
  if (f.period.wording !== null && text.occurrences(f.period.wording).length === 0)
    say('period wording is not in the source');
  return problems;
}

function exclusionProblems(
  text: SourceText,
  e: DraftExclusion,
  figures: readonly DraftFigure[],
): string[] {
  const problems: string[] = [];
  const found = text.occurrences(e.text);
  if (found.length !== e.count)
    problems.push(`exclusion "${e.text}" occurs ${found.length} times, not ${e.count}`);
  if (e.text !== e.text.trim()) problems.push(`exclusion "${e.text}" has surrounding whitespace`);
  const raws = figures.map(rawSpan).filter((s): s is Spanned => s !== null);
  const width = [...e.text].length;
  for (const start of found)
    if (raws.some((r) => r.start < start + width && start < r.end))
      problems.push(`exclusion "${e.text}" overlaps a figure's raw number`);
  return problems;
}

/** How the drafts of one source compare with its hand annotations. */
export interface Comparison {
  handFigures: number;
  matched: number;
  value: number;
  unit: number;
  qualifier: number;
  periodKind: number;
  section: number;
  quoteHoldsRaw: number;
  /** Matches whose suggested indicator (or null) is the hand one. */
  indicator: number;
  /** Hand figures whose raw number lies in a draft exclusion. */
  wronglyExcluded: string[];
  /** Hand figures no draft figure or exclusion found. */
  missed: string[];
  /** Draft figures whose raw number lies in a hand exclusion. */
  falsePositives: string[];
  draftFigures: number;
  draftExclusions: number;
  coverage: Coverage;
  invalid: string[];
  /** Fields of matched figures that differ: "id: field draft≠hand". */
  differences: string[];
}

export function compare(
  source: string,
  hand: { figures: readonly FigureAnnotation[]; exclusions: readonly Exclusion[] },
  draft: DraftOutput,
): Comparison {
  const text = new SourceText(source);
  const draftExcluded = exclusionSpans(text, draft.exclusions);
  const handExcluded = exclusionSpans(text, hand.exclusions);
  const overlapsAny = (s: Spanned, spans: Spanned[]) =>
    spans.some((x) => x.start < s.end && s.start < x.end);
  const result: Comparison = {
    handFigures: hand.figures.length,
    matched: 0,
    value: 0,
    unit: 0,
    qualifier: 0,
    periodKind: 0,
    section: 0,
    quoteHoldsRaw: 0,
    indicator: 0,
    wronglyExcluded: [],
    missed: [],
    falsePositives: [],
    draftFigures: draft.figures.length,
    draftExclusions: draft.exclusions.length,
    coverage: coverage(source, draft),
    invalid: validityProblems(source, draft),
    differences: [],
  };
  const drafted = draft.figures.map((f) => ({ f, span: rawSpan(f) }));
  for (const h of hand.figures) {
    const span = rawSpan(h);
    if (span === null) continue;
    const match = drafted.find(
      (d) => d.span !== null && d.span.start === span.start && d.span.end === span.end,
    );
    if (!match) {
      if (overlapsAny(span, draftExcluded))
        result.wronglyExcluded.push(`${h.id} (${h.raw}${h.unit_zh})`);
      else result.missed.push(`${h.id} (${h.raw}${h.unit_zh})`);
      continue;
    }
    const d = match.f;
    result.matched++;
    const check = (field: string, same: boolean, draftValue: unknown, handValue: unknown) => {
      if (same) return 1;
      result.differences.push(`${h.id}: ${field} ${String(draftValue)} ≠ ${String(handValue)}`);
      return 0;
    };
    result.value += check('value', d.value === h.value, d.value, h.value);
    result.unit += check('unit', d.unit === h.unit, d.unit, h.unit);
    result.qualifier += check('qualifier', d.qualifier === h.qualifier, d.qualifier, h.qualifier);
    result.periodKind += check(
      'period.kind',
      d.period.kind === h.period.kind,
      d.period.kind,
      h.period.kind,
    );
    result.section += check('section', d.section === h.section, d.section, h.section);
    const holds =
      d.quote.start <= span.start && d.quote.end >= span.end && d.quote.text.includes(writtenIn(d));
    result.quoteHoldsRaw += check('quote', holds, d.quote.text, h.quote.text);
    result.indicator += check('indicator', d.indicator === h.indicator, d.indicator, h.indicator);
  }
  for (const d of drafted)
    if (d.span !== null && overlapsAny(d.span, handExcluded))
      result.falsePositives.push(`${d.f.id} (${d.f.raw}${d.f.unit_zh})`);
  return result;
}

import { FUNCTION_WORDS, VERBS_AFTER_COUNT } from './vocabulary.ts';
import type { Doc, Span } from './text.ts';

/** Where a clause ends: Chinese and ASCII commas, colons, semicolons, stops and line breaks. */
export const CLAUSE_BREAK = /[，,：:；;。！？!?\n\r]/u;
/** Where a sentence ends (the scope of a period phrase such as 今年以来). */
export const SENTENCE_BREAK = /[。！？!?\n\r]/u;
const SPACE = /[\s\u3000\u00a0]/u;

function around(doc: Doc, pos: number, breaks: RegExp, within: Span): Span {
  let start = pos;
  while (start > within.start && !breaks.test(doc.flat[start - 1]!)) start--;
  let end = pos;
  while (end < within.end && !breaks.test(doc.flat[end]!)) end++;
  return { start, end };
}

export const sentenceAround = (doc: Doc, pos: number, within: Span): Span =>
  around(doc, pos, SENTENCE_BREAK, within);
export const clauseAround = (doc: Doc, pos: number, within: Span): Span =>
  around(doc, pos, CLAUSE_BREAK, within);

/** The parts of a clause between 、 (not counting 、 inside brackets or quotation marks). */
export function partsOf(doc: Doc, clause: Span): Span[] {
  const parts: Span[] = [];
  let depth = 0;
  let start = clause.start;
  for (let i = clause.start; i < clause.end; i++) {
    const c = doc.flat[i]!;
    if ('(（《“‘「[【'.includes(c)) depth++;
    else if (')）》”’」]】'.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '、' && depth === 0) {
      parts.push({ start, end: i });
      start = i + 1;
    }
  }
  parts.push({ start, end: clause.end });
  return parts;
}

function stripWords(text: string, words: readonly string[], fromEnd: boolean): string {
  let rest = text;
  for (let changed = true; changed && rest.length > 0;) {
    changed = false;
    for (const w of words) {
      if (fromEnd ? rest.endsWith(w) : rest.startsWith(w)) {
        rest = fromEnd ? rest.slice(0, -w.length) : rest.slice(w.length);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

/** Does the text before a number name a thing (检查培训机构) rather than only act (现已压减至)? */
export function namesThingBefore(before: string): boolean {
  const rest = stripWords(
    stripWords(before.replace(/[\s\u3000\u00a0“”"'‘’]/gu, ''), FUNCTION_WORDS, false),
    FUNCTION_WORDS,
    true,
  );
  return [...rest].length >= 2;
}

/** Does the text after a measure word name a thing (名责任区督学) rather than go on to act (个完成审批)? */
export function namesThingAfter(after: string): boolean {
  const text = after.replace(/^[\s\u3000\u00a0“”"'‘’]+/u, '');
  if (text.length === 0) return false;
  return !VERBS_AFTER_COUNT.some((v) => text.startsWith(v));
}

/** The words of a part after its first number and measure word (281家校外培训机构 -> 校外培训机构). */
function afterNumber(doc: Doc, part: Span): string {
  const text = doc.slice(part.start, part.end);
  const m =
    /^[^0-9０-９〇零一二两三四五六七八九十百千万亿]*[0-9０-９.．〇零一二两三四五六七八九十百千万亿]+[余多]?[^\s，,、]?/u.exec(
      text,
    );
  return m ? text.slice(m[0].length) : '';
}

/** A figure as the quote needs it: where its raw number and its measure word lie. */
export interface QuotedNumber {
  raw: Span;
  /** End of the measure word (= raw.end when there is none). */
  unitEnd: number;
  needsNoun: boolean;
}

export interface QuoteChoice extends Span {
  why: string[];
}

function trim(doc: Doc, span: Span): Span {
  let { start, end } = span;
  const loose = (c: string) => SPACE.test(c) || c === '、' || CLAUSE_BREAK.test(c);
  while (start < end && loose(doc.flat[start]!)) start++;
  while (end > start && loose(doc.flat[end - 1]!)) end--;
  return { start, end };
}

/**
 * The shortest clause stating the number, its measure word and the thing counted: the part of
 * the clause between 、 that holds it, with neighbouring parts that hold no number of their own
 * (市、县两级共出动…), the next part when the measure word ends its part and names nothing
 * (公布2批、281家…白名单), or the end of the previous clause when nothing in this one names the
 * thing counted (学科类校外培训机构,现已压减至24个).
 */
export function chooseQuote(
  doc: Doc,
  n: QuotedNumber,
  all: readonly QuotedNumber[],
  section: Span,
): QuoteChoice {
  const why: string[] = [];
  const clause = clauseAround(doc, n.raw.start, section);
  const parts = partsOf(doc, clause);
  const holds = (p: Span) => all.some((o) => o.raw.start >= p.start && o.raw.start < p.end);
  const idx = parts.findIndex((p) => n.raw.start >= p.start && n.raw.start < p.end);
  let first = idx;
  while (first > 0 && !holds(parts[first - 1]!)) first--;
  let last = idx;
  if (!parts.slice(idx + 1).some(holds)) last = parts.length - 1;
  let start = parts[first]!.start;
  let end = parts[last]!.end;
  if (first < idx || last > idx)
    why.push(
      'quote takes in the parts of the clause (between 、) that hold no number of their own',
    );

  const after = doc.slice(n.unitEnd, parts[idx]!.end);
  const before = doc.slice(start, n.raw.start);
  // 个, 家, 名 … need the thing counted; 次 and 人次 need at least something done (5860人次参与).
  const named = n.needsNoun
    ? namesThingAfter(after) || namesThingBefore(before)
    : namesThingBefore(before) ||
      before.trim() !== '' ||
      after.trim() === '' ||
      namesThingAfter(after);
  // 公布2批、281家…白名单: the next part names what both count; 取缔9个、规范2个 names nothing.
  const next = parts[idx + 1];
  const nextNames = next !== undefined && namesThingAfter(afterNumber(doc, next));
  if (!named && after.trim() === '' && nextNames && last === idx) {
    end = parts[idx + 1]!.end;
    why.push('quote runs on past 、 to the noun the measure word counts');
  } else if (
    !named &&
    clause.start > section.start &&
    !SENTENCE_BREAK.test(doc.flat[clause.start - 1]!)
  ) {
    const previous = clauseAround(doc, clause.start - 2, section);
    const ends = all
      .filter((o) => o.unitEnd <= clause.start - 1 && o.unitEnd > previous.start)
      .map((o) => o.unitEnd);
    // From the end of the previous clause's number if what follows it names the thing
    // (…216个学科类校外培训机构,现已压减至24个), else from the previous clause's start.
    const after = ends.length > 0 ? Math.max(...ends) : previous.start;
    start = namesThingBefore(doc.slice(after, clause.start - 1)) ? after : previous.start;
    why.push('quote reaches back into the previous clause for what the number counts');
  }
  let span = trim(doc, { start, end });
  // The raw number and its measure word must occur once in the quote, and be this one.
  const written = doc.slice(n.raw.start, n.unitEnd);
  const text = () => doc.slice(span.start, span.end);
  const firstAt = () => [...text()].join('').indexOf(written);
  const offsetOf = (s: string, at: number) => [...s.slice(0, at)].length;
  if (offsetOf(text(), firstAt()) + span.start !== n.raw.start)
    span = trim(doc, { start: n.raw.start, end: span.end });
  const later = text().indexOf(written, text().indexOf(written) + written.length);
  if (later >= 0) span = trim(doc, { start: span.start, end: n.unitEnd });
  if (span.start > n.raw.start || span.end < n.unitEnd)
    span = { start: n.raw.start, end: n.unitEnd };
  return { ...span, why };
}

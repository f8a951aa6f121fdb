// The drafts of a city file (figures and exclusions marked `review: draft`), in source order,
// each with the span of the source text it is about.
import { isMap, isSeq, type Document, type YAMLMap } from 'yaml';
import type { SourceText } from '../validate/source-text.ts';

export interface Draft {
  kind: 'figure' | 'exclusion';
  /** The entry in the document (edits go through it). */
  node: YAMLMap;
  /** The entry as plain data; a draft may not match the schema yet, so every field is unknown. */
  entry: Record<string, unknown>;
  /** 1-based line of the entry in the city file. */
  line: number;
  /** The source text and the span in it of the number (a figure) or the text (an exclusion). */
  at?: { source: string; start: number; end: number };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const int = (v: unknown): number | undefined => (Number.isInteger(v) ? (v as number) : undefined);
const length = (s: string) => Array.from(s).length;

/** Every draft of the document, in source order (source id, then position; unplaced ones last). */
export function findDrafts(doc: Document, text: string, sources: Map<string, SourceText>): Draft[] {
  const drafts: Draft[] = [];
  for (const kind of ['figure', 'exclusion'] as const) {
    const list = doc.get(`${kind}s`);
    if (!isSeq(list)) continue;
    for (const node of list.items) {
      if (!isMap(node) || node.get('review') !== 'draft') continue;
      const entry = node.toJSON() as Record<string, unknown>;
      const offset = node.range?.[0] ?? 0;
      const line = text.slice(0, offset).split('\n').length;
      const source = str(entry.source);
      const sourceText = source === undefined ? undefined : sources.get(source);
      const span = sourceText && (kind === 'figure' ? numberSpan : textSpan)(entry, sourceText);
      drafts.push({
        kind,
        node,
        entry,
        line,
        ...(span ? { at: { source: source!, ...span } } : {}),
      });
    }
  }
  // Stable: drafts the source does not place keep their file order, after the others.
  return drafts
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        Number(!a.d.at) - Number(!b.d.at) ||
        (a.d.at && b.d.at
          ? a.d.at.source.localeCompare(b.d.at.source) || a.d.at.start - b.d.at.start
          : 0) ||
        a.i - b.i,
    )
    .map(({ d }) => d);
}

/** A figure's raw number (with its measure word) in its quote, found where the quote says. */
function numberSpan(
  entry: Record<string, unknown>,
  text: SourceText,
): { start: number; end: number } | undefined {
  const quote = (entry.quote ?? {}) as Record<string, unknown>;
  const quoteText = str(quote.text);
  if (!quoteText) return undefined;
  const found = text.occurrences(quoteText);
  const stated = int(quote.start);
  const start =
    stated !== undefined && found.includes(stated)
      ? stated
      : (found[(int(quote.occurrence) ?? 1) - 1] ?? found[0]);
  if (start === undefined) return undefined;
  const raw = str(entry.raw) ?? '';
  for (const written of [raw + (str(entry.unit_zh) ?? ''), raw]) {
    const i = written ? quoteText.indexOf(written) : -1;
    if (i >= 0) {
      const from = start + length(quoteText.slice(0, i));
      return { start: from, end: from + length(written) };
    }
  }
  return { start, end: start + length(quoteText) };
}

/** An exclusion's text, at its first occurrence. */
function textSpan(
  entry: Record<string, unknown>,
  text: SourceText,
): { start: number; end: number } | undefined {
  const excluded = str(entry.text);
  const start = excluded ? text.occurrences(excluded)[0] : undefined;
  return start === undefined ? undefined : { start, end: start + length(excluded!) };
}

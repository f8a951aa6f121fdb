import type { DraftSection } from './types.ts';
import type { Doc, Span } from './text.ts';

/** A section's number and its span in the text. */
export interface SectionSpan extends Span {
  number: number;
}

/**
 * Section spans from the markers: section n starts at its marker and runs to the next; text
 * before the first marker is section 0 when no section 0 is given.
 */
export function sectionSpans(doc: Doc, sections: readonly DraftSection[]): SectionSpan[] {
  const starts = sections
    .map((s) => ({ number: s.number, start: doc.occurrences(s.marker)[0] ?? -1 }))
    .filter((s) => s.start >= 0)
    .sort((a, b) => a.start - b.start);
  if (!starts.some((s) => s.number === 0)) starts.unshift({ number: 0, start: 0 });
  return starts.map((s, i) => ({ ...s, end: starts[i + 1]?.start ?? doc.length }));
}

/** The section a position lies in (text before section 0's marker counts as section 0). */
export function sectionAt(spans: readonly SectionSpan[], pos: number): SectionSpan {
  return spans.filter((s) => s.start <= pos).at(-1) ?? { ...spans[0]!, start: 0 };
}

/**
 * The report's title: the text before section 0's marker when section 0 is given and does not
 * open the text; otherwise the leading short lines without a full stop.
 */
export function titleSpan(doc: Doc, sections: readonly DraftSection[]): Span {
  const zero = sections.find((s) => s.number === 0);
  const zeroStart = zero ? (doc.occurrences(zero.marker)[0] ?? 0) : 0;
  if (zeroStart > 0) return { start: 0, end: zeroStart };
  const marked = sections.flatMap((s) => doc.occurrences(s.marker).slice(0, 1));
  const firstMarked = Math.min(doc.length, ...marked);
  let end = 0;
  let lineStart = 0;
  while (lineStart < doc.length) {
    const nl = doc.flat.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? doc.length : nl;
    const line = doc.flat.slice(lineStart, lineEnd);
    if (lineEnd >= firstMarked || lineEnd >= doc.length) break;
    if (line.trim() !== '') {
      // A title line is short and has no clause punctuation (a lead sentence has).
      if (/[。！？!?；;，,：:]/u.test(line) || [...line.trim()].length > 40) break;
      end = lineEnd;
    }
    lineStart = lineEnd + 1;
  }
  return { start: 0, end };
}

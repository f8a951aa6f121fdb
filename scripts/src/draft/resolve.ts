import { reasonFor, type ExclusionKind } from './exclusion-kinds.ts';
import type { DraftExclusion } from './types.ts';
import { overlaps, type Doc, type Span } from './text.ts';

/** An exclusion at one place in the text, before its text is settled. */
export interface Claim extends Span {
  kind: ExclusionKind;
  why: string[];
  /** Set once the text has been lengthened to settle it. */
  grown?: boolean;
}

const MAX_LENGTH = 40;
const BLOCKING = /[\s\u3000\u00a0]/u;

/**
 * Settle the exclusion texts: an exclusion text covers every occurrence in the source, so each
 * text must occur exactly where it was claimed, never inside a figure or another exclusion. A
 * text that also occurs elsewhere is lengthened, one character at a time, until it does not.
 */
export function resolveClaims(
  doc: Doc,
  claims: readonly Claim[],
  figures: readonly Span[],
): Claim[] {
  let current = claims.map((c) => ({ ...c, why: [...c.why] })).sort((a, b) => a.start - b.start);
  for (let round = 0; round < MAX_LENGTH * 2; round++) {
    const groups = new Map<string, Claim[]>();
    for (const c of current) {
      const text = doc.slice(c.start, c.end);
      groups.set(text, [...(groups.get(text) ?? []), c]);
    }
    const unsettled = [...groups].filter(([text, group]) => {
      const found = doc.occurrences(text);
      const starts = new Set(group.map((c) => c.start));
      return found.length !== group.length || !found.every((at) => starts.has(at));
    });
    if (unsettled.length === 0) break;
    for (const [, group] of unsettled)
      for (const c of group) if (c.end - c.start < MAX_LENGTH) grow(doc, c, figures);
    current = mergeOverlapping(current);
  }
  return current.map(({ grown, ...c }) =>
    grown
      ? {
          ...c,
          why: [
            ...c.why,
            `text lengthened to ${doc.slice(c.start, c.end)} so that it occurs only where it is excluded`,
          ],
        }
      : c,
  );
}

function usable(doc: Doc, i: number, figures: readonly Span[]): boolean {
  if (i < 0 || i >= doc.length) return false;
  if (BLOCKING.test(doc.flat[i]!)) return false;
  return !figures.some((f) => i >= f.start && i < f.end);
}

/** Lengthen a claim by one character: to the right into a Chinese character, else to the left. */
function grow(doc: Doc, c: Claim, figures: readonly Span[]): void {
  const right = usable(doc, c.end, figures);
  const left = usable(doc, c.start - 1, figures);
  const word = (i: number) => /[\u3400-\u9fff]/u.test(doc.flat[i] ?? '');
  if (right && (word(c.end) || !left)) c.end++;
  else if (left) c.start--;
  else return;
  c.grown = true;
}

function mergeOverlapping(claims: Claim[]): Claim[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start);
  const out: Claim[] = [];
  for (const c of sorted) {
    const last = out.at(-1);
    if (last && overlaps(last, c)) {
      last.end = Math.max(last.end, c.end);
      last.why = [...new Set([...last.why, ...c.why])];
      if (c.grown) last.grown = true;
    } else out.push(c);
  }
  return out;
}

/** One draft exclusion per settled text, in order of first occurrence. */
export function toExclusions(
  doc: Doc,
  sourceId: string,
  claims: readonly Claim[],
): DraftExclusion[] {
  const byText = new Map<string, Claim[]>();
  for (const c of [...claims].sort((a, b) => a.start - b.start)) {
    const text = doc.slice(c.start, c.end);
    byText.set(text, [...(byText.get(text) ?? []), c]);
  }
  return [...byText].map(([text, group]) => {
    const kind = group[0]!.kind;
    return {
      source: sourceId,
      text,
      count: doc.occurrences(text).length,
      kind,
      reason: reasonFor(kind, text),
      review: 'draft',
      why: [...new Set(group.flatMap((c) => c.why))],
    };
  });
}

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

/**
 * Settle the exclusion texts: an exclusion text covers every occurrence in the source, so each
 * text must occur exactly where it was claimed, never inside a figure or another exclusion. A
 * text that also occurs elsewhere is lengthened, one character at a time, until it does not; one
 * that cannot grow (figures or line breaks on both sides) is carved out of the other exclusions
 * it occurs in, so that it covers those places itself.
 */
export function resolveClaims(
  doc: Doc,
  claims: readonly Claim[],
  figures: readonly Span[],
): Claim[] {
  let current = claims.map((c) => ({ ...c, why: [...c.why] })).sort((a, b) => a.start - b.start);
  let carving = false;
  for (let round = 0; round < MAX_LENGTH * 4; round++) {
    const unsettled = unsettledTexts(doc, current);
    if (unsettled.length === 0) break;
    let grew = false;
    // A text grows into free characters, or into a neighbouring exclusion (the two merge) until
    // carving starts; never into a figure.
    const taken = new Uint8Array(doc.length);
    for (const span of carving ? [...figures, ...current] : figures)
      taken.fill(1, span.start, span.end);
    for (const { group } of unsettled)
      for (const c of group)
        if (c.end - c.start < MAX_LENGTH && grow(doc, c, taken)) {
          if (carving) taken.fill(1, c.start, c.end);
          grew = true;
        }
    if (!grew) {
      if (!carve(doc, current, unsettled, figures)) break;
      carving = true;
    }
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

interface Unsettled {
  text: string;
  group: Claim[];
  /** Occurrences of the text where it was not claimed. */
  strays: number[];
}

/** A span without spaces at its ends (an exclusion text may not start or end with one). */
function trimmed(doc: Doc, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(doc.chars[start]!)) start++;
  while (end > start && /\s/u.test(doc.chars[end - 1]!)) end--;
  return { start, end };
}

function unsettledTexts(doc: Doc, claims: readonly Claim[]): Unsettled[] {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const text = doc.slice(c.start, c.end);
    groups.set(text, [...(groups.get(text) ?? []), c]);
  }
  return [...groups].flatMap(([text, group]) => {
    const found = doc.occurrences(text);
    const starts = new Set(group.map((c) => c.start));
    const strays = found.filter((at) => !starts.has(at));
    const missed = group.some((c) => !found.includes(c.start));
    return strays.length > 0 || missed ? [{ text, group, strays }] : [];
  });
}

/**
 * For texts that can grow no more: claim each stray occurrence for the text itself, cutting it
 * out of the exclusions it lies in (their numerals outside it stay claimed). Returns whether
 * anything changed. A stray inside a figure's raw number cannot be helped.
 */
function carve(
  doc: Doc,
  claims: Claim[],
  unsettled: readonly Unsettled[],
  figures: readonly Span[],
): boolean {
  let changed = false;
  for (const { text, group, strays } of unsettled) {
    const width = [...text].length;
    for (const at of strays) {
      const s = { start: at, end: at + width };
      if (figures.some((f) => overlaps(f, s))) continue;
      for (let i = claims.length - 1; i >= 0; i--) {
        const u = claims[i]!;
        if (!overlaps(u, s)) continue;
        claims.splice(i, 1);
        for (const piece of [
          trimmed(doc, { start: u.start, end: s.start }),
          trimmed(doc, { start: s.end, end: u.end }),
        ])
          if (
            piece.end > piece.start &&
            /[0-9〇零一二两三四五六七八九十百千万亿双]/u.test(
              doc.flat.slice(piece.start, piece.end),
            )
          )
            claims.push({
              ...piece,
              kind: u.kind,
              why: [...u.why, `split around ${text}, which is excluded on its own`],
            });
      }
      claims.push({ ...s, kind: group[0]!.kind, why: [...group[0]!.why] });
      changed = true;
    }
  }
  claims.sort((a, b) => a.start - b.start);
  return changed;
}

// Line breaks and other control characters may not stand in an exclusion text; spaces may, inside.
const HARD = /[\p{Cc}\u2028\u2029]/u;
const SOFT = /[\s\u3000\u00a0]/u;

/** Where a claim ends if it grows over any spaces to the next character, or -1 if it cannot. */
function reach(doc: Doc, from: number, step: 1 | -1, taken: Uint8Array): number {
  for (let i = from; i >= 0 && i < doc.length; i += step) {
    const c = doc.flat[i]!;
    if (HARD.test(c) || taken[i] !== 0) return -1;
    if (!SOFT.test(c)) return i;
  }
  return -1;
}

/**
 * Lengthen a claim by one character (and any spaces before it): to the right, unless only the
 * left has a Chinese character.
 */
function grow(doc: Doc, c: Claim, taken: Uint8Array): boolean {
  const right = reach(doc, c.end, 1, taken);
  const left = reach(doc, c.start - 1, -1, taken);
  const word = (i: number) => /[\u3400-\u9fff]/u.test(doc.flat[i] ?? '');
  if (right >= 0 && (word(right) || left < 0 || !word(left))) c.end = right + 1;
  else if (left >= 0) c.start = left;
  else return false;
  c.grown = true;
  return true;
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

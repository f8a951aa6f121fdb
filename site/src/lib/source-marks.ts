import type { Dataset } from '@shuangjian/schema';

/** A run of the source text: plain, inside figures' quotes, and/or an excluded numeral. */
export interface Segment {
  text: string;
  /** Ids of the figures whose quote covers this run (quotes may overlap). */
  figures: string[];
  /** Ids of the figures whose quote starts at this run (anchors for links into the text). */
  anchors: string[];
  /** Ids of the figures whose quote ends with this run (where their reference marks go). */
  ends: string[];
  excluded: boolean;
}

/**
 * Split a source text into runs at every quote and exclusion boundary (offsets in code points),
 * so that each figure's quote can be highlighted and linked, and excluded numerals marked.
 */
export function segmentSource(d: Dataset, sourceId: string): Segment[] {
  const source = d.sources.find((s) => s.id === sourceId)!;
  const chars = [...source.text];
  const cuts = new Set<number>([0, chars.length]);
  const figures = d.figures.filter((f) => f.source === sourceId);
  for (const f of figures) cuts.add(f.quote.start).add(f.quote.end);
  const excluded = new Uint8Array(chars.length);
  for (const ex of d.exclusions.filter((e) => e.source === sourceId)) {
    // Every occurrence, left to right, compared character by character (slicing the text at every
    // position took 1.4 s of a 300-city build).
    const pattern = [...ex.text];
    const width = pattern.length;
    for (let i = 0; width > 0 && i + width <= chars.length; i++) {
      let k = 0;
      while (k < width && chars[i + k] === pattern[k]) k++;
      if (k === width) {
        excluded.fill(1, i, i + width);
        cuts.add(i).add(i + width);
        i += width - 1;
      }
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k]!, points[k + 1]!];
    segments.push({
      text: chars.slice(a, b).join(''),
      figures: figures.filter((f) => f.quote.start <= a && b <= f.quote.end).map((f) => f.id),
      anchors: figures.filter((f) => f.quote.start === a).map((f) => f.id),
      ends: figures.filter((f) => f.quote.end === b).map((f) => f.id),
      excluded: excluded[a] === 1,
    });
  }
  return segments;
}

// The drafts preview that `pnpm dev` keeps in site/.drafts/drafts.json (integration.ts), read by
// the /drafts/ pages, in the shape of the scripts' drafts/preview.ts; it never reaches a build.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PreviewCity, PreviewDraft } from '@shuangjian/scripts/drafts-preview';

export type { PreviewCity, PreviewDraft, PreviewSource } from '@shuangjian/scripts/drafts-preview';

const FILE = fileURLToPath(new URL('../../../.drafts/drafts.json', import.meta.url));

/** The cities with drafts, in the dev server only; none in a build or before the first write. */
export function previewCities(): PreviewCity[] {
  if (!import.meta.env.DEV || !existsSync(FILE)) return [];
  return (JSON.parse(readFileSync(FILE, 'utf8')) as { cities: PreviewCity[] }).cities;
}

/** A run of a source text and the drafts (their numbers, 1-based) that cover or end at it. */
export interface DraftSegment {
  text: string;
  covers: { n: number; kind: PreviewDraft['kind'] }[];
  ends: number[];
}

/** The text cut at every draft's start and end (code points), for marking. */
export function draftSegments(text: string, drafts: readonly PreviewDraft[]): DraftSegment[] {
  const chars = [...text];
  const placed = drafts
    .map((d, i) => ({ ...d, n: i + 1 }))
    .filter((d) => d.start >= 0 && d.end <= chars.length && d.start < d.end);
  const cuts = new Set([0, chars.length, ...placed.flatMap((d) => [d.start, d.end])]);
  const points = [...cuts].sort((a, b) => a - b);
  const out: DraftSegment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k]!, points[k + 1]!];
    out.push({
      text: chars.slice(a, b).join(''),
      covers: placed
        .filter((d) => d.start <= a && b <= d.end)
        .map((d) => ({ n: d.n, kind: d.kind })),
      ends: placed.filter((d) => d.end === b).map((d) => d.n),
    });
  }
  return out;
}

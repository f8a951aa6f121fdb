import { keepTogether } from './wrap';

/** A run of a chart title; `keep` runs never break across lines. */
export interface TitleRun {
  text: string;
  keep: boolean;
}

// A short parenthetical (a unit such as "(家次)" or "(单位:次)", a qualifier such as "(检查)"):
// broken inside, it reads as a stray "(单位:" at a line's end.
const PHRASE = /[((][^()()]{1,16}[))]/gu;

/** A title as runs, its short parentheticals kept whole. */
export function titleRuns(title: string): TitleRun[] {
  const runs: TitleRun[] = [];
  let at = 0;
  for (const m of title.matchAll(PHRASE)) {
    if (m.index > at) runs.push({ text: title.slice(at, m.index), keep: false });
    runs.push({ text: m[0], keep: true });
    at = m.index + m[0].length;
  }
  if (at < title.length) runs.push({ text: title.slice(at), keep: false });
  return runs;
}

/** The title for the DOM-free wrapping of the images: each short parenthetical bound together. */
export function bindTitle(title: string): string {
  return titleRuns(title)
    .map((r) => (r.keep ? keepTogether(r.text) : r.text))
    .join('');
}

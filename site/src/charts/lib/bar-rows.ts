import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { BAR_HEIGHT, FONT_SIZE, LINE_HEIGHT, WIDTH } from './metrics';
import { attrs, num, rect, type Rect } from './svg';
import { extent, renderTextBlock, textBlock, type TextBlock } from './text-block';
import { textWidth } from './text-width';
import { keepTogether } from './wrap';
import type { Lang } from './types';

/** How a row's value is known: the bar of a lower bound is open-ended; a missing value has no bar. */
export type BarKind = 'exact' | 'at_least' | 'approx' | 'nearly' | 'not_reported';

/** One row of a labelled bar chart, before layout. */
export interface BarSpec {
  key: string;
  /** Text above the bar, wrapped to the chart width. */
  label: string;
  /** null when not reported: the row gets text and no bar, never a zero bar. */
  value: number | null;
  kind: BarKind;
  /** Text at the bar's end ("1700余人次 †"), kept on one line; or in its place ("未报告"). */
  valueLabel: string;
}

/** A row after layout, in viewBox units. */
export interface PlacedBar {
  key: string;
  kind: BarKind;
  top: number;
  bottom: number;
  label: TextBlock;
  bar: Rect | null;
  /** The open-ended tail drawn after a lower bound's bar. */
  tail: Rect | null;
  valueText: TextBlock;
  valueInside: boolean;
}

export interface BarLayout {
  width: number;
  height: number;
  rows: PlacedBar[];
  notes: TextBlock[];
}

/** Length of a lower bound's open tail (fading blocks and an arrowhead). */
export const TAIL = 46;
const GAP = 8; // between a bar (or tail) and its value label
const PAD = 8; // inside a bar, from its end to its value label
const LABEL_GAP = 4; // between a label and its bar
const ROW_GAP = 18;
const NOTE_GAP = 6;
const MIN_RANGE = 0.55; // share of the width bars keep when every value label sits outside

/** Text blocks of a layout, for overlap and bounds checks. */
export function textBlocks(layout: BarLayout): TextBlock[] {
  return [...layout.rows.flatMap((r) => [r.label, r.valueText]), ...layout.notes];
}

/**
 * Place rows top to bottom: label lines above each bar, so labels may use the full width.
 * The x range shrinks until every value label fits, outside its bar or else inside it.
 */
export function layoutBarRows(
  specs: readonly BarSpec[],
  options: { notes?: readonly string[]; strongLabels?: boolean; lang?: Lang } = {},
): BarLayout {
  const domainMax = max(specs, (s) => s.value) || 1;
  const valueWidth = (s: BarSpec) => textWidth(s.valueLabel, FONT_SIZE);
  const tail = (s: BarSpec) => (s.kind === 'at_least' ? TAIL : 0);
  // The widest range at which a row's tail, or its tail and label, still fit after its bar;
  // floored so that rounding cannot push a label that was made to fit back inside its bar.
  const rangeFor = (s: BarSpec, room: number) => {
    const range = s.value ? (room * domainMax) / s.value : WIDTH;
    return range >= WIDTH ? WIDTH : Math.floor(range * 100) / 100 - 0.01;
  };
  const rangeForOutside = (s: BarSpec) => rangeFor(s, WIDTH - tail(s) - GAP - valueWidth(s));
  const rangeForTail = Math.min(WIDTH, ...specs.map((s) => rangeFor(s, WIDTH - tail(s))));
  const allOutside = Math.min(rangeForTail, ...specs.map(rangeForOutside));
  // Labels after their bars read best; only when that would squeeze the bars do long bars hold theirs.
  let rangeMax = allOutside >= WIDTH * MIN_RANGE ? allOutside : rangeForTail;
  let x = scaleLinear().domain([0, domainMax]).range([0, rangeMax]);
  // Shrinking the range only moves bar ends left, so each pass fits at least one more label.
  for (let pass = 0; pass <= specs.length; pass++) {
    let needed = rangeMax;
    for (const s of specs) {
      if (!s.value) continue;
      const end = x(s.value);
      const w = valueWidth(s);
      const outside = end + tail(s) + GAP + w <= WIDTH;
      const inside = w + 2 * PAD <= end;
      if (!outside && !inside) needed = Math.min(needed, rangeForOutside(s));
    }
    if (needed >= rangeMax) break;
    rangeMax = Math.max(needed, WIDTH / 4);
    x = scaleLinear().domain([0, domainMax]).range([0, rangeMax]);
  }

  let cursor = 0;
  const rows = specs.map((s): PlacedBar => {
    const top = cursor;
    const label = textBlock(s.label, {
      x: 0,
      top,
      maxWidth: WIDTH,
      lang: options.lang,
      className: options.strongLabels ? 'sj-label sj-label--strong' : 'sj-label',
      bold: options.strongLabels,
    });
    const barTop = top + label.height + LABEL_GAP;
    const valueTop = barTop + (BAR_HEIGHT - LINE_HEIGHT) / 2;
    cursor = barTop + BAR_HEIGHT + ROW_GAP;
    const base = { key: s.key, kind: s.kind, top, bottom: barTop + BAR_HEIGHT, label };
    if (s.value === null) {
      const valueText = textBlock(s.valueLabel, {
        x: 0,
        top: valueTop,
        maxWidth: WIDTH,
        lang: options.lang,
        className: 'sj-value sj-value--not-reported',
      });
      return { ...base, bar: null, tail: null, valueText, valueInside: false };
    }
    const end = x(s.value);
    const bar = { x: 0, y: barTop, width: end, height: BAR_HEIGHT };
    const tailRect =
      s.kind === 'at_least' ? { x: end, y: barTop, width: TAIL, height: BAR_HEIGHT } : null;
    const outsideX = end + tail(s) + GAP;
    const valueInside = outsideX + valueWidth(s) > WIDTH;
    const valueText = textBlock(keepTogether(s.valueLabel), {
      x: valueInside ? end - PAD : outsideX,
      top: valueTop,
      maxWidth: WIDTH,
      lang: options.lang,
      anchor: valueInside ? 'end' : 'start',
      className: valueInside ? 'sj-value sj-value--inside' : 'sj-value',
    });
    return { ...base, bar, tail: tailRect, valueText, valueInside };
  });

  cursor += NOTE_GAP - ROW_GAP;
  const notes = (options.notes ?? []).map((note) => {
    const block = textBlock(note, {
      x: 0,
      top: cursor + NOTE_GAP,
      maxWidth: WIDTH,
      lang: options.lang,
      className: 'sj-note',
    });
    cursor = extent(block).bottom;
    return block;
  });
  return { width: WIDTH, height: Math.ceil(cursor + 4), rows, notes };
}

/** The class of a bar by how its value is known. */
export const BAR_CLASS: Record<Exclude<BarKind, 'not_reported'>, string> = {
  exact: 'sj-bar',
  at_least: 'sj-bar sj-bar--lower-bound',
  approx: 'sj-bar sj-bar--approx',
  nearly: 'sj-bar sj-bar--nearly',
};

/** Fading blocks and an open arrowhead: the true value lies somewhere beyond the bar's end. */
function renderTail(t: Rect): string {
  const blocks = [0, 1, 2].map((i) =>
    rect(
      { x: t.x + 3 + i * 11, y: t.y, width: 7, height: t.height },
      `sj-bar-fade sj-bar-fade--${i + 1}`,
    ),
  );
  const tip = t.x + t.width - 2;
  const d = `M${num(tip - 9)} ${num(t.y + 5)}L${num(tip)} ${num(t.y + t.height / 2)}L${num(tip - 9)} ${num(t.y + t.height - 5)}`;
  return `<g class="sj-bar-open">${blocks.join('')}<path${attrs({ class: 'sj-bar-arrow', d })}/></g>`;
}

/** The rows and notes as SVG elements (no root). */
export function renderBarRows(layout: BarLayout): string {
  const rows = layout.rows.map((r) => {
    const parts = [renderTextBlock(r.label)];
    if (r.bar && r.kind !== 'not_reported') parts.push(rect(r.bar, BAR_CLASS[r.kind]));
    if (r.tail) parts.push(renderTail(r.tail));
    parts.push(renderTextBlock(r.valueText));
    const kind = r.kind.replace('_', '-');
    return `<g class="sj-row sj-row--${kind}">${parts.join('')}</g>`;
  });
  const notes = layout.notes.length
    ? [`<g class="sj-notes">${layout.notes.map(renderTextBlock).join('')}</g>`]
    : [];
  return [...rows, ...notes].join('\n');
}

import { scaleLinear } from 'd3-scale';
import type { City, Figure, Qualifier, Unit } from '@shuangjian/schema';
import { LINE_HEIGHT, WIDTH } from './lib/metrics';
import { formatBaseValue, formatNumber, formatValue } from '../lib/format';
import { chartOutput } from './lib/chart-output';
import { notesHtml, percent } from './lib/html';
import { attrs, escapeXml, rect, type Rect } from './lib/svg';
import { textWidth } from './lib/text-width';
import { extent, renderTextBlock, textBlock, type TextBlock } from './lib/text-block';
import { keepTogether } from './lib/wrap';
import { strings } from '../i18n/strings';
import type { ChartOutput, Lang } from './lib/types';

/** "reduced": (a - b) / a, the share cut from a, b remaining; "share": b / a, part b of whole a. */
export type RateFormula =
  | { shape: 'reduced'; whole: string; remainder: string }
  | { shape: 'share'; part: string; whole: string };

const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
const REDUCED = new RegExp(`^\\((${ID}) - (${ID})\\) / \\1$`);
const SHARE = new RegExp(`^(${ID}) / (${ID})$`);

/** Parse the two formula shapes a part-to-whole chart can show; null for any other. */
export function parseRateFormula(formula: string | null): RateFormula | null {
  if (!formula) return null;
  const reduced = REDUCED.exec(formula);
  if (reduced) return { shape: 'reduced', whole: reduced[1]!, remainder: reduced[2]! };
  const share = SHARE.exec(formula);
  if (share) return { shape: 'share', part: share[1]!, whole: share[2]! };
  return null;
}

export interface Amount {
  label: string;
  value: number;
  qualifier: Qualifier;
  /** The reader's format: "216家机构" / "216 institutions". */
  text: string;
  /** The exact base-unit value, for the data table: "216 家机构". */
  exact: string;
}

export interface RateSeries {
  id: string;
  lang: Lang;
  title: string;
  city: string;
  shape: RateFormula['shape'];
  unit: Unit;
  whole: Amount;
  /** The counted part: reduced (a - b) or approved (b); part + rest = whole. */
  part: Amount;
  rest: Amount;
  /** The rate as stated in the source, e.g. "88.89%". */
  rate: { label: string; text: string };
  /** The arithmetic with numbers: "(216 − 24) ÷ 216". */
  arithmetic: string;
  /** The subtraction that gives the derived amount: "216 − 24". */
  difference: string;
}

/** How describeAmounts words the whole, part, rest and rate. */
type Amounts = ReturnType<typeof describeAmounts>;

const T = strings({
  zh: {
    reduced: '减少',
    rest: '其余',
    colon: ':',
    stated: '原文所述',
    head: ['项目', '数值'],
    /** A label with what follows it in brackets: "减少(216 − 24)". */
    bracketed: (label: string, inside: string) => `${label}(${inside})`,
    summary: (title: string, a: Amounts) =>
      `百分比条形图,${title}。整体为${a.whole};${a.part};${a.rest}。${a.rate}。`,
  },
  en: {
    reduced: 'Reduced',
    rest: 'The rest',
    colon: ': ',
    stated: 'as stated',
    head: ['Item', 'Value'],
    bracketed: (label: string, inside: string) => `${label} (${inside})`,
    summary: (title: string, a: Amounts) =>
      `100% bar chart: ${title}. The whole is ${a.whole}; ${a.part}; ${a.rest}. ${a.rate}.`,
  },
});

/**
 * The counts a stated rate is computed from: the whole (a) and the remainder or part (b), of one
 * city, in one unit that is not a percent, with 0 < a and b <= a. Null when the formula is not
 * (a - b) / a or b / a, or its counts are missing or do not make a whole and a part.
 */
export function rateParts(
  rate: Figure,
  figures: readonly Figure[],
): { formula: RateFormula; whole: Figure; other: Figure } | null {
  const formula = parseRateFormula(rate.formula);
  if (!formula || rate.unit !== 'percent') return null;
  const byId = (id: string) => figures.find((f) => f.id === id && f.city === rate.city);
  const whole = byId(formula.whole);
  const other = byId(formula.shape === 'reduced' ? formula.remainder : formula.part);
  if (!whole || !other || whole.unit !== other.unit || whole.unit === 'percent') return null;
  if (whole.value <= 0 || other.value > whole.value) return null;
  return { formula, whole, other };
}

/** The id of a rate's chart (its element id and its embed path). */
export function rateChartId(rate: Pick<Figure, 'city' | 'id'>): string {
  return `rate-${rate.city}-${rate.id}`;
}

/** The rate and the counts it is computed from; null unless rateParts finds them. */
export function toSeries(input: {
  rate: Figure;
  figures: readonly Figure[];
  city: City;
  lang: Lang;
}): RateSeries | null {
  const { rate, figures, city, lang } = input;
  const t = T[lang];
  const found = rateParts(rate, figures);
  if (!found) return null;
  const { formula: parsed, whole: a, other: b } = found;
  const derived: Qualifier =
    a.qualifier === 'exact' && b.qualifier === 'exact' ? 'exact' : 'approx';
  // A derived amount has no raw: it is formatted by rule.
  const amount = (label: string, value: number, qualifier: Qualifier, raw?: string): Amount => {
    const parts = { value, qualifier, unit: a.unit, raw };
    return {
      label,
      value,
      qualifier,
      text: formatValue(parts, lang),
      exact: formatBaseValue(parts, lang),
    };
  };
  const whole = amount(a.title[lang], a.value, a.qualifier, a.raw);
  const fromB = amount(b.title[lang], b.value, b.qualifier, b.raw);
  const difference = a.value - b.value;
  const n = (value: number) => formatNumber(value, lang);
  const minus = `${n(a.value)}\u00A0−\u00A0${n(b.value)}`;
  const shape = parsed.shape;
  const part = shape === 'reduced' ? amount(t.reduced, difference, derived) : fromB;
  const rest = shape === 'reduced' ? fromB : amount(t.rest, difference, derived);
  return {
    id: rateChartId(rate),
    lang,
    title: `${city.name[lang]}${t.colon}${rate.title[lang]}`,
    city: city.name[lang],
    shape,
    unit: a.unit,
    whole,
    part,
    rest,
    rate: { label: rate.title[lang], text: formatValue(rate, lang) },
    arithmetic:
      shape === 'reduced' ? `(${minus}) ÷ ${n(a.value)}` : `${n(b.value)} ÷ ${n(a.value)}`,
    difference: minus,
  };
}

/**
 * Wording of the whole, part, rest and rate, shared by the legend, the table and the summary.
 * `bind` is applied to each value in the text (the legend keeps a value from wrapping inside).
 */
export function describeAmounts(
  series: RateSeries,
  bind: (value: string) => string = (value) => value,
): {
  whole: string;
  part: string;
  rest: string;
  rate: string;
  partItem: string;
  restItem: string;
} {
  const { colon, stated, bracketed } = T[series.lang];
  const withDifference = (label: string) => bracketed(label, series.difference);
  const partItem =
    series.shape === 'reduced' ? withDifference(series.part.label) : series.part.label;
  const restItem = series.shape === 'share' ? withDifference(series.rest.label) : series.rest.label;
  return {
    whole: `${series.whole.label}${colon}${bind(series.whole.text)}`,
    part: `${partItem}${colon}${bind(series.part.text)}`,
    rest: `${restItem}${colon}${bind(series.rest.text)}`,
    rate: `${series.rate.label}${colon}${bind(series.rate.text)} = ${series.arithmetic}${bracketed('', stated)}`,
    partItem,
    restItem,
  };
}

export interface RateLayout {
  width: number;
  height: number;
  whole: TextBlock;
  /** x where the part ends and the rest begins. */
  split: number;
  partBar: Rect | null;
  restBar: Rect | null;
  /** The stated rate inside the part's bar, when it fits there. */
  rateInBar: TextBlock | null;
  legend: { swatch: Rect; className: string; text: TextBlock }[];
  rateLine: TextBlock;
}

const BAR = 40;
const SEP = 3; // gap between the part and the rest
const SWATCH = 20;
const INDENT = 30;

/** A 100% bar over the whole, split into part and rest, with a legend of both counts and the rate. */
export function layout(series: RateSeries): RateLayout {
  const amounts = describeAmounts(series, keepTogether);
  const whole = textBlock(amounts.whole, {
    x: 0,
    top: 0,
    maxWidth: WIDTH,
    lang: series.lang,
    className: 'sj-label sj-label--strong',
    bold: true,
  });
  const barTop = extent(whole).bottom + 6;
  const x = scaleLinear().domain([0, series.whole.value]).range([0, WIDTH]);
  const split = x(series.part.value);
  const hasPart = series.part.value > 0;
  const hasRest = series.rest.value > 0;
  const sep = hasPart && hasRest ? SEP / 2 : 0;
  const partBar = hasPart ? { x: 0, y: barTop, width: split - sep, height: BAR } : null;
  // The rest is outlined; inset it by half the stroke so the outline stays inside the viewBox.
  const restBar = hasRest
    ? { x: split + sep + 1, y: barTop + 1, width: WIDTH - split - sep - 2, height: BAR - 2 }
    : null;
  const rateText = textBlock(series.rate.text, {
    x: 10,
    top: barTop + (BAR - LINE_HEIGHT) / 2,
    maxWidth: WIDTH,
    lang: series.lang,
    className: 'sj-value sj-value--inside sj-value--part',
    bold: true,
  });
  const rateInBar = partBar && rateText.width + 20 <= partBar.width ? rateText : null;
  let cursor = barTop + BAR + 14;
  const legend = (['part', 'rest'] as const).map((key) => {
    const text = textBlock(amounts[key], {
      x: INDENT,
      top: cursor,
      maxWidth: WIDTH - INDENT,
      lang: series.lang,
      className: 'sj-label',
    });
    const swatch = { x: 1, y: cursor + (LINE_HEIGHT - SWATCH) / 2, width: SWATCH, height: SWATCH };
    cursor = extent(text).bottom + 6;
    return { swatch, className: key === 'part' ? 'sj-part' : 'sj-rest', text };
  });
  const rateLine = textBlock(amounts.rate, {
    x: 0,
    top: cursor + 4,
    maxWidth: WIDTH,
    lang: series.lang,
    className: 'sj-note',
  });
  return {
    width: WIDTH,
    height: Math.ceil(extent(rateLine).bottom + 4),
    whole,
    split,
    partBar,
    restBar,
    rateInBar,
    legend,
    rateLine,
  };
}

/** Text blocks of a layout, for overlap and bounds checks. */
export function textBlocks(l: RateLayout): TextBlock[] {
  return [
    l.whole,
    ...(l.rateInBar ? [l.rateInBar] : []),
    ...l.legend.map((e) => e.text),
    l.rateLine,
  ];
}

function renderBody(l: RateLayout): string {
  const bar = [
    l.partBar ? rect(l.partBar, 'sj-part') : '',
    l.restBar ? rect(l.restBar, 'sj-rest') : '',
    l.rateInBar ? renderTextBlock(l.rateInBar) : '',
  ].join('');
  const legend = l.legend.map(
    (e) => `<g class="sj-legend-item">${rect(e.swatch, e.className)}${renderTextBlock(e.text)}</g>`,
  );
  return [
    renderTextBlock(l.whole),
    `<g class="sj-part-to-whole">${bar}</g>`,
    ...legend,
    renderTextBlock(l.rateLine),
  ].join('\n');
}

/** The narrowest a chart is drawn on a page, in CSS px (a 320 px phone less its margins). */
const NARROWEST_PX = 288;
const PAGE_FONT_PX = 16;

/**
 * The chart in HTML for a page (see lib/html.ts): the whole, a 100% bar split into the part and the
 * rest, a legend with both counts, and the rate with its arithmetic. Widths are percentages, so the
 * bar spans the column; the stated rate sits in the part's bar when it fits there at the narrowest.
 */
export function toHtml(series: RateSeries): string {
  const a = describeAmounts(series);
  const share = series.part.value / series.whole.value;
  const hasPart = series.part.value > 0;
  const hasRest = series.rest.value > 0;
  const gap = hasPart && hasRest ? 0.0015 : 0; // each side of the split, as a share of the width
  const rects = [
    hasPart
      ? `<rect${attrs({ class: 'sj-part', x: 0, y: 0, width: percent(share - gap), height: BAR })}/>`
      : '',
    hasRest
      ? `<rect${attrs({ class: 'sj-rest', x: percent(share + gap), y: 1, width: percent(1 - share - gap), height: BAR - 2 })}/>`
      : '',
  ].join('');
  const fits =
    hasPart && textWidth(series.rate.text, PAGE_FONT_PX) * 1.1 + 20 <= (share - gap) * NARROWEST_PX;
  const rate = fits ? `<span class="sj-ptw-rate">${escapeXml(series.rate.text)}</span>` : '';
  const swatch = (cls: string) =>
    `<svg class="sj-swatch" width="20" height="20" aria-hidden="true" focusable="false">` +
    (cls === 'sj-rest'
      ? `<rect class="sj-rest" x="1" y="1" width="18" height="18"/>`
      : `<rect class="sj-part" width="20" height="20"/>`) +
    '</svg>';
  const legend = (['part', 'rest'] as const)
    .map(
      (k) =>
        `<li>${swatch(k === 'part' ? 'sj-part' : 'sj-rest')}<span>${escapeXml(a[k])}</span></li>`,
    )
    .join('');
  return [
    `<p class="sj-bars-label sj-bars-label--strong">${escapeXml(a.whole)}</p>`,
    `<div class="sj-ptw-bar"><svg${attrs({ class: 'sj-ptw-svg', width: '100%', height: BAR, 'aria-hidden': 'true', focusable: 'false' })}>${rects}</svg>${rate}</div>`,
    `<ul class="sj-legend">${legend}</ul>`,
    notesHtml([a.rate]),
  ].join('\n');
}

/** A text alternative: the whole, the part, the rest and the stated rate with its arithmetic. */
export function summarize(series: RateSeries): string {
  const a = describeAmounts(series);
  return T[series.lang].summary(series.title, a);
}

/** Part-to-whole chart of a stated rate, or null when its formula is not (a - b) / a or b / a. */
export function ratePartToWhole(input: {
  rate: Figure;
  figures: readonly Figure[];
  city: City;
  lang?: Lang;
}): ChartOutput | null {
  const lang = input.lang ?? 'zh';
  const series = toSeries({ ...input, lang });
  if (!series) return null;
  const placed = layout(series);
  const summary = summarize(series);
  const a = describeAmounts(series);
  const rows = [
    [series.whole.label, series.whole.exact],
    [a.partItem, series.part.exact],
    [a.restItem, series.rest.exact],
    [series.rate.label, `${series.rate.text} = ${series.arithmetic}`],
  ];
  return chartOutput({
    id: series.id,
    title: series.title,
    summary,
    lang,
    size: placed,
    body: renderBody(placed),
    html: toHtml(series),
    head: [...T[lang].head],
    rows,
  });
}

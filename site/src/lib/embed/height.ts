import { wrapText } from '../../charts/lib/wrap';

/** The width of an SVG's viewBox and its height. */
export function viewBoxOf(svg: string): { width: number; height: number } {
  const m = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  if (!m) throw new Error('chart SVG has no viewBox');
  const [width, height] = [Number(m[1]), Number(m[2])];
  if (!(width > 0 && height > 0)) throw new Error(`chart SVG has an empty viewBox (${m[0]})`);
  return { width, height };
}

/**
 * The narrowest iframe a snippet's fixed height holds its whole embed in: an article column on a
 * phone (a 360 px screen less the page's margins). Narrower, the frame scrolls.
 */
export const MIN_WIDTH = 300;

/**
 * The embed page's box model, in CSS px; site/src/styles/embed.css sets the same values
 * (a unit test reads them there, and a browser test checks the estimate against the page).
 */
export const EMBED_LAYOUT = {
  padX: 16,
  padY: 12,
  /** .sj-chart-svg max-width: 29rem in charts.css. */
  chartMax: 464,
  /** bold: how much wider bold text sets than the regular widths the estimate knows (DejaVu Sans Bold). */
  title: { size: 18, line: 1.35, after: 4, bold: 1.12 },
  subtitle: { size: 14, line: 1.45, after: 12 },
  foot: { size: 13, line: 1.45, before: 12 },
  /** Up to this frame width (the media query max-width: 30rem), smaller padding and title. */
  narrow: { maxWidth: 480, padX: 8, padY: 8, titleSize: 16 },
} as const;

/** Room left for fonts that set text taller or wrap it sooner than the estimate, in px. */
export const SPARE = 16;

/** What an embed page shows, for its height. */
export interface EmbedContent {
  viewBox: { width: number; height: number };
  title: string;
  subtitle: string;
  /** The footer's paragraphs as plain text. */
  footer: readonly string[];
}

/** Rows of text the browser will need for a paragraph (estimated on the wide side). */
function lines(text: string, width: number, size: number): number {
  return text === '' ? 0 : wrapText(text, width, size).length;
}

/**
 * The embed page's height in a frame `width` px wide, estimated: the chart at its aspect ratio
 * `chartWidth` px wide (by default as wide as the frame gives it), plus the title, subtitle and
 * footer paragraphs as wrapped lines.
 */
export function contentHeight(o: EmbedContent, width: number, chartWidth?: number): number {
  const L = EMBED_LAYOUT;
  const narrow = width <= L.narrow.maxWidth;
  const padX = narrow ? L.narrow.padX : L.padX;
  const padY = narrow ? L.narrow.padY : L.padY;
  const titleSize = narrow ? L.narrow.titleSize : L.title.size;
  const inner = width - 2 * padX;
  const chartBox = chartWidth ?? Math.min(inner, L.chartMax);
  const chart = (chartBox * o.viewBox.height) / o.viewBox.width;
  const block = (text: string, size: number, line: number, wider = 1) =>
    lines(text, inner / wider, size) * size * line;
  const foot = o.footer.reduce((sum, p) => sum + block(p, L.foot.size, L.foot.line), 0);
  return (
    2 * padY +
    block(o.title, titleSize, L.title.line, L.title.bold) +
    L.title.after +
    (o.subtitle ? block(o.subtitle, L.subtitle.size, L.subtitle.line) + L.subtitle.after : 0) +
    chart +
    L.foot.before +
    foot
  );
}

/** The widths at which embedHeight evaluates the page, each standing for the next STEP px. */
const STEP = 4;

/**
 * A fixed iframe height that holds the whole embed page at any width from MIN_WIDTH up: the
 * tallest estimate over those widths, with SPARE px to spare, rounded up to 10 px.
 *
 * Narrower, text wraps onto more lines; wider, the chart (drawn at its aspect ratio) grows until
 * it reaches its cap (chartMax), after which the page only gets shorter. So the widths from
 * MIN_WIDTH to chartMax plus the padding are enough, in each of the two layouts. They are
 * evaluated every STEP px, each with the chart as wide as it gets before the next step: wrapped
 * lines never increase with width, so that bounds the height between steps too.
 */
export function embedHeight(o: EmbedContent): number {
  const L = EMBED_LAYOUT;
  const ranges = [
    { from: MIN_WIDTH, to: L.narrow.maxWidth, padX: L.narrow.padX },
    { from: L.narrow.maxWidth + 1, to: L.chartMax + 2 * L.padX, padX: L.padX },
  ];
  let tallest = 0;
  for (const { from, to, padX } of ranges)
    for (let w = from; w <= to; w += STEP) {
      const chartWidth = Math.min(Math.min(w + STEP - 1, to) - 2 * padX, L.chartMax);
      tallest = Math.max(tallest, contentHeight(o, w, chartWidth));
    }
  return Math.ceil((tallest + SPARE) / 10) * 10;
}

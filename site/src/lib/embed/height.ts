import { wrapText } from '../../charts/lib/wrap';

/** The width of an SVG's viewBox and its height. */
export function viewBoxOf(svg: string): { width: number; height: number } {
  const m = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  if (!m) throw new Error('chart SVG has no viewBox');
  const [width, height] = [Number(m[1]), Number(m[2])];
  if (!(width > 0 && height > 0)) throw new Error(`chart SVG has an empty viewBox (${m[0]})`);
  return { width, height };
}

/** The iframe width a snippet's fixed height is computed for: a typical article column. */
export const TYPICAL_WIDTH = 600;

/**
 * The embed page's box model, in CSS px; site/src/styles/embed.css sets the same values
 * (a browser test checks the estimate against the rendered page).
 */
export const EMBED_LAYOUT = {
  padX: 16,
  padY: 12,
  /** .sj-chart-svg max-width: 29rem in charts.css. */
  chartMax: 464,
  title: { size: 18, line: 1.35, after: 4 },
  subtitle: { size: 14, line: 1.45, after: 12 },
  foot: { size: 13, line: 1.45, before: 12 },
} as const;

/** Rows of text the browser will need for a paragraph (estimated on the wide side). */
function lines(text: string, width: number, size: number): number {
  return text === '' ? 0 : wrapText(text, width, size).length;
}

/**
 * A fixed iframe height for an embed page at TYPICAL_WIDTH: the chart at its aspect ratio, plus its
 * title, subtitle and footer paragraphs as wrapped lines, with 16 px to spare (fonts differ between
 * machines), rounded up to 10 px.
 */
export function embedHeight(o: {
  viewBox: { width: number; height: number };
  title: string;
  subtitle: string;
  /** The footer's paragraphs as plain text. */
  footer: readonly string[];
  width?: number;
}): number {
  const L = EMBED_LAYOUT;
  const inner = (o.width ?? TYPICAL_WIDTH) - 2 * L.padX;
  const chart = (Math.min(inner, L.chartMax) * o.viewBox.height) / o.viewBox.width;
  const block = (text: string, t: { size: number; line: number }) =>
    lines(text, inner, t.size) * t.size * t.line;
  const foot = o.footer.reduce((sum, p) => sum + block(p, L.foot), 0);
  const total =
    2 * L.padY +
    block(o.title, L.title) +
    L.title.after +
    (o.subtitle ? block(o.subtitle, L.subtitle) + L.subtitle.after : 0) +
    chart +
    L.foot.before +
    foot;
  return Math.ceil((total + 16) / 10) * 10;
}

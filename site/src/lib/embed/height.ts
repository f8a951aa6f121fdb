import { wrapText } from '../../charts/lib/wrap';

/**
 * The narrowest iframe a snippet's fixed height holds its whole embed in: an article column on a
 * phone (a 360 px screen less the page's margins). Narrower, the frame scrolls.
 */
export const MIN_WIDTH = 300;

/**
 * The embed page's box model, in CSS px (1rem = 16 px); site/src/styles/embed.css and the HTML
 * chart's rules in site/src/styles/charts.css set the same values (a unit test reads them there,
 * and a browser test checks the estimate against the page at several widths).
 */
export const EMBED_LAYOUT = {
  padX: 16,
  padY: 12,
  /** bold: how much wider bold text sets than the regular widths the estimate knows (DejaVu Sans Bold). */
  title: { size: 17.6, line: 1.4, after: 4, bold: 1.12 },
  subtitle: { size: 14, line: 1.45, after: 12 },
  foot: { size: 14, line: 1.45, before: 12 },
  /** Up to this frame width (the media query max-width: 30rem), smaller padding and title. */
  narrow: { maxWidth: 480, padX: 8, padY: 8, titleSize: 16 },
  /** The HTML chart (.sj-html in charts.css). */
  chart: {
    /** A bar's label (.sj-bars-label): its own row, the full width; 12 px above but the first. */
    label: { size: 16, line: 1.4, before: 12, after: 4, bold: 1.12 },
    /** A bar with its value (.sj-bars-scale, min-height 1.75rem). */
    bar: 28,
    /** The 100% bar of a part and the rest (.sj-ptw-bar: its SVG's height, then 12 px). */
    wholeAfter: 12,
    /** Its legend (.sj-legend): each entry a 20 px swatch, an 8 px gap, then the text. */
    legend: { size: 16, line: 1.4, indent: 28, swatch: 21.6, gap: 4 },
    /** Notes under the chart (.sj-notes). */
    notes: { size: 14, line: 1.45, before: 12, gap: 4 },
  },
} as const;

/** Room left for fonts that set text taller or wrap it sooner than the estimate, in px. */
export const SPARE = 16;

/** A block of the HTML chart, top to bottom, as far as its height goes. */
export type ChartBlock =
  | { kind: 'label'; text: string; strong: boolean }
  | { kind: 'bar' }
  | { kind: 'whole'; height: number }
  | { kind: 'legend'; items: string[] }
  | { kind: 'notes'; items: string[] };

/** The classes of the HTML chart that chartBlocks knows; any other sj-* class is an error. */
const KNOWN = new Set([
  'sj-html',
  'sj-bars',
  'sj-bars-label',
  'sj-bars-label--strong',
  'sj-bars-scale',
  'sj-bars-bar',
  'sj-bars-tail',
  'sj-bars-value',
  'sj-bars-value--not-reported',
  'sj-bars-reserve',
  'sj-bars-room',
  'sj-bars-room--tail',
  'sj-bar',
  'sj-bar-fade',
  'sj-bar-arrow',
  'sj-part',
  'sj-rest',
  'sj-ptw-bar',
  'sj-ptw-svg',
  'sj-ptw-rate',
  'sj-swatch',
  'sj-legend',
  'sj-notes',
]);

function plain(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const items = (list: string) =>
  [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => plain(m[1]!));

/**
 * The blocks of a chart's HTML (ChartOutput.html, as site/src/charts/lib/html.ts and the charts
 * write it), in order. Throws on a class it does not know, so that a new kind of chart cannot get
 * a snippet height that leaves out part of it.
 */
export function chartBlocks(html: string): ChartBlock[] {
  for (const m of html.matchAll(/class="([^"]*)"/g))
    for (const c of m[1]!.split(/\s+/))
      if (c.startsWith('sj-') && !KNOWN.has(c) && !/^sj-(row|bar|bar-fade)--/.test(c))
        throw new Error(`the embed height does not know the chart class ${c}`);
  const blocks: ChartBlock[] = [];
  const token =
    /<p class="sj-bars-label( sj-bars-label--strong)?">([\s\S]*?)<\/p>|<div class="sj-bars-scale\b|<div class="sj-ptw-bar"><svg[^>]*? height="([\d.]+)"|<ul class="(sj-legend|sj-notes)">([\s\S]*?)<\/ul>/g;
  for (const m of html.matchAll(token)) {
    if (m[2] !== undefined) blocks.push({ kind: 'label', text: plain(m[2]), strong: !!m[1] });
    else if (m[3] !== undefined) blocks.push({ kind: 'whole', height: Number(m[3]) });
    else if (m[4] === 'sj-legend') blocks.push({ kind: 'legend', items: items(m[5]!) });
    else if (m[4] === 'sj-notes') blocks.push({ kind: 'notes', items: items(m[5]!) });
    else blocks.push({ kind: 'bar' });
  }
  if (blocks.length === 0) throw new Error('the chart HTML has no blocks the embed height knows');
  return blocks;
}

/** What an embed page shows, for its height. */
export interface EmbedContent {
  /** The HTML chart's blocks (chartBlocks). */
  chart: readonly ChartBlock[];
  title: string;
  subtitle: string;
  /** The footer's paragraphs as plain text. */
  footer: readonly string[];
}

/** Rows of text the browser will need for a paragraph (estimated on the wide side). */
function lines(text: string, width: number, size: number): number {
  return text === '' ? 0 : wrapText(text, width, size).length;
}

/** The HTML chart's height in a column `inner` px wide, estimated. */
export function chartHeight(blocks: readonly ChartBlock[], inner: number): number {
  const C = EMBED_LAYOUT.chart;
  const list = (texts: readonly string[], width: number, size: number, line: number, min = 0) =>
    texts.reduce((sum, t) => sum + Math.max(min, lines(t, width, size) * size * line), 0) +
    C.legend.gap * Math.max(0, texts.length - 1);
  let height = 0;
  for (const [i, b] of blocks.entries()) {
    if (b.kind === 'label') {
      const width = b.strong ? inner / C.label.bold : inner;
      height +=
        (i === 0 ? 0 : C.label.before) +
        lines(b.text, width, C.label.size) * C.label.size * C.label.line +
        C.label.after;
    } else if (b.kind === 'bar') height += C.bar;
    else if (b.kind === 'whole') height += b.height + C.wholeAfter;
    else if (b.kind === 'legend')
      height += list(
        b.items,
        inner - C.legend.indent,
        C.legend.size,
        C.legend.line,
        C.legend.swatch,
      );
    else height += C.notes.before + list(b.items, inner, C.notes.size, C.notes.line);
  }
  return height;
}

/**
 * The embed page's height in a frame `width` px wide, estimated: the title, subtitle, HTML chart
 * and footer paragraphs as wrapped lines, with the page's padding and margins.
 */
export function contentHeight(o: EmbedContent, width: number): number {
  const L = EMBED_LAYOUT;
  const narrow = width <= L.narrow.maxWidth;
  const padX = narrow ? L.narrow.padX : L.padX;
  const padY = narrow ? L.narrow.padY : L.padY;
  const titleSize = narrow ? L.narrow.titleSize : L.title.size;
  const inner = width - 2 * padX;
  const block = (text: string, size: number, line: number, wider = 1) =>
    lines(text, inner / wider, size) * size * line;
  const foot = o.footer.reduce((sum, p) => sum + block(p, L.foot.size, L.foot.line), 0);
  return (
    2 * padY +
    block(o.title, titleSize, L.title.line, L.title.bold) +
    L.title.after +
    (o.subtitle ? block(o.subtitle, L.subtitle.size, L.subtitle.line) + L.subtitle.after : 0) +
    chartHeight(o.chart, inner) +
    L.foot.before +
    foot
  );
}

/**
 * A fixed iframe height that holds the whole embed page at any width from MIN_WIDTH up: the
 * tallest estimate over those widths, with SPARE px to spare, rounded up to 10 px.
 *
 * Nothing on the page grows with its width (the chart's bars are a fixed height and span the
 * column), and wrapped lines never increase with width; so in each of the two layouts the page is
 * tallest at its narrowest width: MIN_WIDTH, and the first width past the narrow layout.
 */
export function embedHeight(o: EmbedContent): number {
  const tallest = Math.max(
    contentHeight(o, MIN_WIDTH),
    contentHeight(o, EMBED_LAYOUT.narrow.maxWidth + 1),
  );
  return Math.ceil((tallest + SPARE) / 10) * 10;
}

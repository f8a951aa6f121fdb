import { attrs, escapeXml } from '../../charts/lib/svg';
import { textWidth } from '../../charts/lib/text-width';
import type { Dataset } from '@shuangjian/schema';
import { HTML_LANG, type Lang } from '../../i18n/lang';
import { ui } from '../../i18n/ui';
import { bilingualCredit, publisherCredit, sourceLine } from './attribution';
import { CLASS, imageDocument, narrowPunctuation } from './frame';
import { drawParagraph, fitSize, paragraph, type Paragraph, type ParagraphOptions } from './text';

/** OpenGraph image size (the 1.91:1 that Facebook, LinkedIn and X crop to). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Left and right margin. */
export const OG_MARGIN = 64;
/** Top of the content area, under the header. */
export const OG_TOP = 104;

/**
 * The language an image is written in first (its <svg lang>): the site's default. Text in the
 * other language is marked with its own lang.
 */
export const OG_LANG: Lang = 'zh';

/** The text of one block in a vertical stack, and the gap above it. */
export interface Block {
  text: string;
  className: string;
  /** options.lang is the block's language: it picks line breaking, punctuation and <text lang>. */
  options: ParagraphOptions;
  gapBefore?: number;
  /** At most this many lines; the last kept line ends in "…". */
  maxLines?: number;
  /** Cutting this block is fine (a kicker); otherwise firstThatFits passes over layouts that cut it. */
  cutOk?: boolean;
  /**
   * Set on the same baseline as the previous block's last line, gap pixels to its right and led by
   * lead (a separator such as "· "), when it fits there on one line; otherwise under it as any
   * block (gapBefore above it, without the lead).
   */
  beside?: { gap: number; lead?: string };
}

/** Wrap a block, cutting it to maxLines with an ellipsis (at a word boundary where there is one). */
export function layoutBlock(b: Block, width: number): Paragraph & { cut: boolean } {
  const p = paragraph(b.text, width, b.options);
  if (!b.maxLines || p.lines.length <= b.maxLines) return { ...p, cut: false };
  const lines = p.lines.slice(0, b.maxLines);
  const fits = (s: string) => textWidth(`${s}…`, p.size) * (p.bold ? 1.1 : 1) <= width;
  let last = lines.at(-1)!;
  while (last.length > 1 && !fits(last)) last = [...last].slice(0, -1).join('');
  if (last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
  lines[lines.length - 1] = `${last.trimEnd().replace(/[,;:·(]$/u, '')}…`;
  return { ...p, lines, height: lines.length * p.lineHeight, cut: true };
}

/** A laid-out block and where it goes, relative to the top left of its stack. */
interface Placed {
  block: Block;
  p: Paragraph & { cut: boolean };
  dx: number;
  top: number;
}

/** Baseline of a paragraph's line i below its top (as drawParagraph sets it). */
const baseline = (p: Paragraph, i: number) =>
  i * p.lineHeight + (p.lineHeight - p.size) / 2 + p.size * 0.88;

/** Place blocks top-down (beside blocks on their neighbour's baseline where they fit). */
function place(blocks: Block[], width: number): { placed: Placed[]; height: number } {
  const placed: Placed[] = [];
  let bottom = 0;
  for (const block of blocks) {
    const prev = placed.at(-1);
    if (block.beside && prev) {
      const b = { ...block, text: `${block.beside.lead ?? ''}${block.text}` };
      const p = layoutBlock(b, width);
      const last = prev.p.lines.length - 1;
      const line = prev.p.lines[last]!;
      // Widths are estimates that err wide (bold more so): the fit is checked with the wide
      // estimate, so that nothing runs past the edge, and the text set after the regular one,
      // so that the gap does not grow with the error.
      const wide = textWidth(line, prev.p.size) * (prev.p.bold ? 1.1 : 1);
      const dx = prev.dx + textWidth(line, prev.p.size) + block.beside.gap;
      if (p.lines.length === 1 && prev.dx + wide + block.beside.gap + p.width <= width) {
        const top = prev.top + baseline(prev.p, last) - baseline(p, 0);
        placed.push({ block: b, p, dx, top });
        bottom = Math.max(bottom, top + p.height);
        continue;
      }
    }
    const p = layoutBlock(block, width);
    const top = bottom + (block.gapBefore ?? 0);
    placed.push({ block, p, dx: 0, top });
    bottom = top + p.height;
  }
  return { placed, height: bottom };
}

/** Draw a laid-out paragraph in its language: narrow punctuation, and lang where not the image's. */
export function drawIn(
  p: Paragraph,
  x: number,
  top: number,
  className: string,
  lang: Lang,
  anchor: 'start' | 'end' = 'start',
): string {
  const mark = lang === OG_LANG ? undefined : HTML_LANG[lang];
  return narrowPunctuation(drawParagraph(p, x, top, className, anchor, mark), lang);
}

/** Lay blocks out top-down from y; returns the markup and the y under the last block. */
export function stack(
  blocks: Block[],
  x: number,
  y: number,
  width: number,
): { markup: string[]; bottom: number } {
  const { placed, height } = place(blocks, width);
  const markup = placed.map(({ block, p, dx, top }) =>
    drawIn(p, x + dx, y + top, block.className, block.options.lang),
  );
  return { markup, bottom: y + height };
}

/** Total height of blocks laid out at a width. */
export function stackHeight(blocks: Block[], width: number): number {
  return place(blocks, width).height;
}

/** True if a layout cuts a block that must not be cut. */
export function cutsRequired(blocks: Block[], width: number): boolean {
  return place(blocks, width).placed.some(({ block, p }) => !block.cutOk && p.cut);
}

/**
 * Try layouts from the most generous down: the first that fits the height without cutting a
 * block that must not be cut wins, else the last (make it one that always fits, cutting).
 */
export function firstThatFits(candidates: Block[][], width: number, height: number): Block[] {
  const fits = (c: Block[]) => {
    const { placed, height: h } = place(c, width);
    return h <= height && placed.every(({ block, p }) => block.cutOk || !p.cut);
  };
  return candidates.find(fits) ?? candidates.at(-1)!;
}

/** A line of an image's footer, in its language (a shared line is written as Chinese). */
export interface FooterLine {
  text: string;
  lang: Lang;
}

/** Footer text size and leading: the smallest text of the image. */
const FOOTER = { size: 18, leading: 1.35 };

/**
 * Footer lines laid out across the image, each at most three lines (a source line naming five
 * publishers and counting 295 more takes three in English); cut with "…" past that.
 */
export function layoutFooter(
  footer: FooterLine[],
): { lang: Lang; p: Paragraph & { cut: boolean } }[] {
  return footer.map((line) => ({
    lang: line.lang,
    p: layoutBlock(
      {
        text: line.text,
        className: CLASS.muted,
        options: { ...FOOTER, lang: line.lang },
        maxLines: 3,
      },
      OG_WIDTH - 2 * OG_MARGIN,
    ),
  }));
}

/** Space under the footer, and between the content and the rule above the footer. */
const FOOTER_BOTTOM = 30;
const FOOTER_GAP = 28;

/**
 * An OpenGraph image, one for both languages: an accent stripe, the site's name (Chinese, then
 * English) and host on top, the content, and footer lines (the source) at the bottom. content
 * gets the free area.
 */
export function ogDocument(o: {
  site: URL | string;
  /** The image's <title> and <desc>, in both languages. */
  title: string;
  desc: string;
  footer: FooterLine[];
  content: (area: { top: number; bottom: number }) => string[];
}): string {
  const host = new URL(o.site).host;
  const header = [
    `<rect${attrs({ class: CLASS.accent, width: OG_WIDTH, height: 10 })}/>`,
    `<text${attrs({ class: CLASS.fg, x: OG_MARGIN, y: 62, 'font-size': 28, 'font-weight': 700 })}>` +
      // No-break spaces: resvg drops a plain space at the edge of a <tspan>.
      `${escapeXml(ui('zh').siteName)}<tspan${attrs({ class: CLASS.muted, 'font-weight': 400, lang: HTML_LANG.en })}>` +
      `\u00A0·\u00A0${escapeXml(ui('en').siteName)}</tspan></text>`,
    `<text${attrs({ class: CLASS.muted, x: OG_WIDTH - OG_MARGIN, y: 62, 'font-size': 22, 'text-anchor': 'end' })}>${escapeXml(host)}</text>`,
  ];
  const lines = layoutFooter(o.footer);
  const footerHeight = lines.reduce((h, l) => h + l.p.height, 0);
  let y = OG_HEIGHT - FOOTER_BOTTOM - footerHeight;
  const footerTop = y;
  const footer = [
    `<line${attrs({ class: CLASS.rule, x1: OG_MARGIN, x2: OG_WIDTH - OG_MARGIN, y1: y - 12, y2: y - 12 })}/>`,
  ];
  for (const { p, lang } of lines) {
    footer.push(drawIn(p, OG_MARGIN, y, CLASS.muted, lang));
    y += p.height;
  }
  return imageDocument({
    width: OG_WIDTH,
    height: OG_HEIGHT,
    lang: OG_LANG,
    title: o.title,
    desc: o.desc,
    body: [
      ...header,
      ...o.content({ top: OG_TOP, bottom: footerTop - 12 - FOOTER_GAP }),
      ...footer,
    ],
  });
}

/**
 * Footer of a data image, both languages: the original publishers in Chinese, then in English,
 * then one shared line for the compilation, its data version and the licence.
 */
export function dataFooter(cities: string[], datasets: readonly Dataset[]): FooterLine[] {
  // Several cities' full titles would not fit; their publishers do.
  const credits = cities.map((slug) => publisherCredit(slug, cities.length > 1));
  return [
    { text: sourceLine(credits, 'zh'), lang: 'zh' },
    { text: sourceLine(credits, 'en'), lang: 'en' },
    { text: bilingualCredit(datasets.map((d) => d.version)), lang: 'zh' },
  ];
}

/** A size at which text fits width on one line: size, or smaller down to min. */
export const sized = (text: string, width: number, size: number, min: number, bold = true) =>
  fitSize(text, width / (bold ? 1.1 : 1), size, min);

/** Blocks laid out in an area, centred vertically. */
export function centred(
  blocks: Block[],
  x: number,
  width: number,
  area: { top: number; bottom: number },
): string[] {
  const h = stackHeight(blocks, width);
  return stack(blocks, x, area.top + Math.max(0, (area.bottom - area.top - h) / 2), width).markup;
}

import { attrs, escapeXml } from '../../charts/lib/svg';
import { textWidth } from '../../charts/lib/text-width';
import type { Dataset } from '@shuangjian/schema';
import { otherLang, type Lang } from '../../i18n/lang';
import { ui } from '../../i18n/ui';
import { attribution, pageUrl, publisherCredit } from './attribution';
import { CLASS, imageDocument } from './frame';
import { drawParagraph, fitSize, paragraph, type Paragraph, type ParagraphOptions } from './text';

/** OpenGraph image size (the 1.91:1 that Facebook, LinkedIn and X crop to). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Left and right margin. */
export const OG_MARGIN = 64;
/** Top of the content area, under the header. */
export const OG_TOP = 112;

/** The text of one block in a vertical stack, and the gap above it. */
export interface Block {
  text: string;
  className: string;
  options: ParagraphOptions;
  gapBefore?: number;
  /** At most this many lines; the last kept line ends in "…". */
  maxLines?: number;
  /** Cutting this block is fine (a kicker); otherwise firstThatFits passes over layouts that cut it. */
  cutOk?: boolean;
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

/** Lay blocks out top-down from y; returns the markup and the y under the last block. */
export function stack(
  blocks: Block[],
  x: number,
  y: number,
  width: number,
): { markup: string[]; bottom: number } {
  const markup: string[] = [];
  for (const b of blocks) {
    y += b.gapBefore ?? 0;
    const p = layoutBlock(b, width);
    markup.push(drawParagraph(p, x, y, b.className));
    y += p.height;
  }
  return { markup, bottom: y };
}

/** Total height of blocks laid out at a width. */
export function stackHeight(blocks: Block[], width: number): number {
  return blocks.reduce((h, b) => h + (b.gapBefore ?? 0) + layoutBlock(b, width).height, 0);
}

/**
 * Try layouts from the most generous down: the first that fits the height without cutting a
 * block that must not be cut wins, else the last.
 */
export function firstThatFits(candidates: Block[][], width: number, height: number): Block[] {
  const fits = (c: Block[]) =>
    stackHeight(c, width) <= height && c.every((b) => b.cutOk || !layoutBlock(b, width).cut);
  return candidates.find(fits) ?? candidates.at(-1)!;
}

/**
 * An OpenGraph image: an accent stripe, the site's name (both languages) and host on top,
 * the content, and footer lines (the source) at the bottom. content gets the free area.
 */
export function ogDocument(o: {
  lang: Lang;
  site: URL | string;
  title: string;
  desc: string;
  footer: string[];
  content: (area: { top: number; bottom: number }) => string[];
}): string {
  const inner = OG_WIDTH - 2 * OG_MARGIN;
  const other = otherLang(o.lang);
  const host = new URL(o.site).host;
  const header = [
    `<rect${attrs({ class: CLASS.accent, width: OG_WIDTH, height: 10 })}/>`,
    `<text${attrs({ class: CLASS.fg, x: OG_MARGIN, y: 66, 'font-size': 28, 'font-weight': 700 })}>` +
      // No-break spaces: resvg drops a plain space at the edge of a <tspan>.
      `${escapeXml(ui(o.lang).siteName)}<tspan${attrs({ class: CLASS.muted, 'font-weight': 400 })}>` +
      `\u00A0·\u00A0${escapeXml(ui(other).siteName)}</tspan></text>`,
    `<text${attrs({ class: CLASS.muted, x: OG_WIDTH - OG_MARGIN, y: 66, 'font-size': 22, 'text-anchor': 'end' })}>${escapeXml(host)}</text>`,
  ];
  const small = { size: 18, leading: 1.4, lang: o.lang };
  const lines = o.footer.map((text) =>
    layoutBlock({ text, className: CLASS.muted, options: small, maxLines: 2 }, inner),
  );
  const footerHeight = lines.reduce((h, p) => h + p.height, 0);
  let y = OG_HEIGHT - 40 - footerHeight;
  const footerTop = y;
  const footer = [
    `<line${attrs({ class: CLASS.rule, x1: OG_MARGIN, x2: OG_WIDTH - OG_MARGIN, y1: y - 16, y2: y - 16 })}/>`,
  ];
  for (const p of lines) {
    footer.push(drawParagraph(p, OG_MARGIN, y, CLASS.muted));
    y += p.height;
  }
  return imageDocument({
    width: OG_WIDTH,
    height: OG_HEIGHT,
    lang: o.lang,
    title: o.title,
    desc: o.desc,
    body: [...header, ...o.content({ top: OG_TOP, bottom: footerTop - 36 }), ...footer],
  });
}

/** Footer of a data image: the original publishers first, then the compilation, version and licence. */
export function dataFooter(
  cities: string[],
  datasets: readonly Dataset[],
  lang: Lang,
  site: URL | string,
  path: string,
): string[] {
  const a = attribution({
    // Several cities' full titles would not fit two lines; their publishers do.
    credits: cities.map((slug) => publisherCredit(slug, cities.length > 1)),
    packages: datasets.map((d) => ({ name: d.name, version: d.version })),
    url: pageUrl(site, lang, path),
    lang,
  });
  return [a.source, `${a.compiler} · ${a.licence}`];
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

import { attrs, escapeXml } from './svg';
import { FONT_SIZE, LINE_HEIGHT } from './metrics';
import { textWidth } from './text-width';
import type { Lang } from './types';
import { wrapBalanced } from './wrap';

// Bold glyphs run a little wider than the regular estimate.
const BOLD_FACTOR = 1.1;

/** A wrapped, positioned text: lines, their estimated width, and the box they occupy. */
export interface TextBlock {
  /** x of the anchor: left edge for "start", right edge for "end". */
  x: number;
  /** Top of the first line box. */
  top: number;
  lines: string[];
  anchor: 'start' | 'end';
  className: string;
  fontSize: number;
  lineHeight: number;
  /** Estimated width of the widest line. */
  width: number;
  height: number;
}

export interface TextBlockOptions {
  x: number;
  top: number;
  maxWidth: number;
  className: string;
  anchor?: 'start' | 'end';
  bold?: boolean;
  /** The language of the text: English keeps a quoted CJK term on one line. */
  lang?: Lang;
}

/** Wrap text to maxWidth and place it; the block grows one line height per line. */
export function textBlock(text: string, options: TextBlockOptions): TextBlock {
  const { x, top, maxWidth, className, anchor = 'start', bold = false, lang = 'zh' } = options;
  const factor = bold ? BOLD_FACTOR : 1;
  const lines = wrapBalanced(text, maxWidth / factor, FONT_SIZE, { cjkWords: lang === 'en' });
  const width = Math.max(...lines.map((l) => textWidth(l, FONT_SIZE) * factor));
  return {
    x,
    top,
    lines,
    anchor,
    className,
    fontSize: FONT_SIZE,
    lineHeight: LINE_HEIGHT,
    width,
    height: lines.length * LINE_HEIGHT,
  };
}

/** Baseline of line i: the em box is centred in the line box, with the baseline at 0.88 em. */
export function baseline(block: TextBlock, i: number): number {
  return (
    block.top +
    i * block.lineHeight +
    (block.lineHeight - block.fontSize) / 2 +
    block.fontSize * 0.88
  );
}

/** The estimated box a text block covers. */
export function extent(block: TextBlock): {
  left: number;
  right: number;
  top: number;
  bottom: number;
} {
  const left = block.anchor === 'start' ? block.x : block.x - block.width;
  return { left, right: left + block.width, top: block.top, bottom: block.top + block.height };
}

/** Move a block down (or up) by dy. */
export function shift(block: TextBlock, dy: number): TextBlock {
  return { ...block, top: block.top + dy };
}

/** A <text> element; wrapped lines become <tspan>s with absolute positions. */
export function renderTextBlock(block: TextBlock): string {
  const anchor = block.anchor === 'end' ? 'end' : undefined;
  const head = `<text${attrs({ class: block.className, x: block.x, y: baseline(block, 0), 'font-size': block.fontSize, 'text-anchor': anchor })}>`;
  if (block.lines.length === 1) return `${head}${escapeXml(block.lines[0]!)}</text>`;
  const spans = block.lines.map(
    (line, i) => `<tspan${attrs({ x: block.x, y: baseline(block, i) })}>${escapeXml(line)}</tspan>`,
  );
  return `${head}${spans.join('')}</text>`;
}

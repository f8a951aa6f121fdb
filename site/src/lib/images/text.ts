import { attrs, escapeXml } from '../../charts/lib/svg';
import { textWidth } from '../../charts/lib/text-width';
import { keepTogether, wrapBalanced, wrapText } from '../../charts/lib/wrap';
import type { Lang } from '../../i18n/lang';

// Bold glyphs run a little wider than the regular estimate (as in charts/lib/text-block.ts).
const BOLD_FACTOR = 1.1;

/** A wrapped paragraph of one size, not yet placed. */
export interface Paragraph {
  lines: string[];
  size: number;
  lineHeight: number;
  bold: boolean;
  /** Estimated width of the widest line. */
  width: number;
  height: number;
}

export interface ParagraphOptions {
  size: number;
  /** Line height as a multiple of size. */
  leading?: number;
  bold?: boolean;
  lang: Lang;
  /** Even out the lines (for titles); otherwise fill each line greedily. */
  balanced?: boolean;
  /**
   * Break at spaces only, keeping each space-separated phrase whole, when that takes no more
   * lines: Chinese titles set their halves apart with a space ("…三个聚焦 深化…治理"), and a line
   * break there reads better than one inside a word.
   */
  phrases?: boolean;
}

/** Wrap text to maxWidth (estimated without a DOM, erring wide). */
export function paragraph(text: string, maxWidth: number, o: ParagraphOptions): Paragraph {
  const factor = o.bold ? BOLD_FACTOR : 1;
  const wrap = o.balanced ? wrapBalanced : wrapText;
  // English text keeps a quoted CJK term on one line, as the charts do.
  const options = { cjkWords: o.lang === 'en' };
  let lines = wrap(text, maxWidth / factor, o.size, options);
  if (o.phrases && lines.length > 1) {
    const whole = text.trim().split(/ +/).map(keepTogether).join(' ');
    const byPhrase = wrap(whole, maxWidth / factor, o.size, options);
    if (byPhrase.length <= lines.length) lines = byPhrase;
  }
  const lineHeight = Math.round(o.size * (o.leading ?? 1.35));
  return {
    lines,
    size: o.size,
    lineHeight,
    bold: o.bold ?? false,
    width: Math.max(...lines.map((l) => textWidth(l, o.size) * factor)),
    height: lines.length * lineHeight,
  };
}

/** The widest single line of text that fits maxWidth, from size down to min; min if none fits. */
export function fitSize(text: string, maxWidth: number, size: number, min: number): number {
  const width = textWidth(text, 1);
  return Math.max(min, Math.min(size, Math.floor(maxWidth / width)));
}

/**
 * Draw a paragraph with its first line box at top; x is the left edge, or the right for "end".
 * lang marks text in another language than the document's (an English line in a bilingual image).
 */
export function drawParagraph(
  p: Paragraph,
  x: number,
  top: number,
  className: string,
  anchor: 'start' | 'end' = 'start',
  lang?: string,
): string {
  // The em box is centred in the line box, with the baseline at 0.88 em (as in the charts).
  const baseline = (i: number) =>
    top + i * p.lineHeight + (p.lineHeight - p.size) / 2 + p.size * 0.88;
  const open = `<text${attrs({
    class: className,
    lang,
    x,
    y: baseline(0),
    'font-size': p.size,
    'font-weight': p.bold ? 700 : undefined,
    'text-anchor': anchor === 'end' ? 'end' : undefined,
  })}>`;
  if (p.lines.length === 1) return `${open}${escapeXml(p.lines[0]!)}</text>`;
  const spans = p.lines.map(
    (line, i) => `<tspan${attrs({ x, y: baseline(i) })}>${escapeXml(line)}</tspan>`,
  );
  return `${open}${spans.join('')}</text>`;
}

/** Every character drawn by an SVG: the contents of its <text> elements, entities decoded. */
export function drawnText(svg: string): string {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
    .map((m) => m[1]!.replace(/<[^>]*>/g, ''))
    .join('')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) =>
      e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === '#39' ? "'" : '&',
    );
}

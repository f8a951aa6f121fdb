import { HTML_LANG, type Lang } from '../../i18n/lang';

/** Escape text for use in SVG/XML text content and double-quoted attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A coordinate rounded to at most 2 decimals, without trailing zeros or "-0". */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** Attributes in the order given; numbers are rounded, strings escaped, undefined dropped. */
export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`)
    .join('');
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A <rect> with a class and no inline colour. */
export function rect(r: Rect, className: string): string {
  return `<rect${attrs({ class: className, x: r.x, y: r.y, width: Math.max(0, r.width), height: r.height })}/>`;
}

/** The root element: role="img", labelled by its own <title> and <desc>, scaled by its viewBox. */
export function svgDocument(options: {
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  lang: Lang;
  body: string;
}): string {
  const { id, width, height, title, desc, lang, body } = options;
  const open = `<svg${attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    class: 'sj-chart-svg',
    role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`,
    viewBox: `0 0 ${num(width)} ${num(height)}`,
    width: '100%',
    lang: HTML_LANG[lang],
  })}>`;
  return [
    open,
    `<title${attrs({ id: `${id}-title` })}>${escapeXml(title)}</title>`,
    `<desc${attrs({ id: `${id}-desc` })}>${escapeXml(desc)}</desc>`,
    body,
    '</svg>',
    '',
  ].join('\n');
}

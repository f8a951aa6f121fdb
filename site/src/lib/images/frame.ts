import { attrs, escapeXml, num } from '../../charts/lib/svg';
import { HTML_LANG, type Lang } from '../../i18n/lang';
import { FONT_STACK } from './fonts';
import { bakedChartStyles, lightPalette } from './palette';

/** Classes of the text and shapes drawn around a chart; coloured by imageStyles(). */
export const CLASS = {
  bg: 'sj-img-bg',
  fg: 'sj-img-fg',
  muted: 'sj-img-muted',
  accent: 'sj-img-accent',
  band: 'sj-img-band',
  rule: 'sj-img-rule',
} as const;

let styles: string | undefined;

/** The stylesheet of an exported image: its own classes and the chart rules, light theme baked in. */
export function imageStyles(): string {
  return (styles ??= makeImageStyles());
}

function makeImageStyles(): string {
  const c = lightPalette();
  return [
    `.${CLASS.bg}{fill:${c.bg}}`,
    `.${CLASS.fg}{fill:${c.fg}}`,
    `.${CLASS.muted}{fill:${c.muted}}`,
    `.${CLASS.accent}{fill:${c.bar}}`,
    `.${CLASS.band}{fill:${c.rest}}`,
    `.${CLASS.rule}{stroke:${c.muted};stroke-opacity:0.35;stroke-width:1}`,
    bakedChartStyles(),
  ].join('\n');
}

/** Curly quotes in drawn text: Chinese keeps its own; English gets straight ones (see below). */
const NARROW_QUOTES: Record<Lang, (markup: string) => string> = {
  zh: (markup) => markup,
  en: (markup) => markup.replace(/[\u201C\u201D]/g, '"').replace(/[\u2018\u2019]/g, "'"),
};

/**
 * Drawn text with the punctuation Noto Sans SC sets full-width (it has no proportional forms
 * without OpenType features, which resvg does not apply) swapped for narrow look-alikes:
 * the middle dot in both languages, curly quotes in English.
 */
export function narrowPunctuation(markup: string, lang: Lang): string {
  const dots = markup.replace(/\u00B7/g, '\uFF65');
  return NARROW_QUOTES[lang](dots);
}

/**
 * A standalone SVG document: fixed pixel size, labelled by a title and desc, light background,
 * the stylesheet and font stack written in, so it looks the same in a browser and in resvg.
 */
export function imageDocument(o: {
  width: number;
  height: number;
  lang: Lang;
  title: string;
  desc: string;
  body: string[];
}): string {
  const open = `<svg${attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    width: o.width,
    height: o.height,
    viewBox: `0 0 ${num(o.width)} ${num(o.height)}`,
    role: 'img',
    'aria-labelledby': 'sj-img-title sj-img-desc',
    lang: HTML_LANG[o.lang],
    'font-family': FONT_STACK,
  })}>`;
  return [
    open,
    `<title id="sj-img-title">${escapeXml(o.title)}</title>`,
    `<desc id="sj-img-desc">${escapeXml(o.desc)}</desc>`,
    `<style>\n${imageStyles()}\n</style>`,
    `<rect${attrs({ class: CLASS.bg, width: o.width, height: o.height })}/>`,
    ...o.body.map((b) => narrowPunctuation(b, o.lang)),
    '</svg>',
    '',
  ].join('\n');
}

/** A chart's own SVG (from site/src/charts) placed as a nested <svg> at x, y, scaled to width. */
export function nestChart(
  chartSvg: string,
  box: { x: number; y: number; width: number; height?: number },
): { markup: string; height: number } {
  const open = /^<svg\b[^>]*>/.exec(chartSvg);
  const viewBox = open && /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(open[0]);
  if (!open || !viewBox) throw new Error('nestChart: the chart SVG has no viewBox "0 0 w h"');
  const [vw, vh] = [Number(viewBox[1]), Number(viewBox[2])];
  const height = box.height ?? (box.width * vh) / vw;
  // The image's own title and desc label it; the chart's would duplicate them (and their ids).
  const body = chartSvg
    .slice(open[0].length)
    .replace(/<title\b[^>]*>[\s\S]*?<\/title>\n?/, '')
    .replace(/<desc\b[^>]*>[\s\S]*?<\/desc>\n?/, '')
    .trim();
  const nested = `<svg${attrs({
    class: 'sj-chart-svg',
    x: box.x,
    y: box.y,
    width: box.width,
    height,
    viewBox: `0 0 ${num(vw)} ${num(vh)}`,
    overflow: 'visible',
  })}>`;
  return { markup: `${nested}\n${body}`, height };
}

import { FONT_SIZE, WIDTH as CHART_WIDTH } from '../../charts/lib/metrics';
import type { ChartOutput } from '../../charts';
import { attrs } from '../../charts/lib/svg';
import { bindTitle } from '../../charts/lib/title';
import { textWidth } from '../../charts/lib/text-width';
import type { Lang } from '../../i18n/lang';
import { strings } from '../../i18n/strings';
import type { ChartEntry } from '../chart-registry';
import { getDataset, getIndicator } from '../site-data';
import { attribution, pageUrl } from './attribution';
import { CLASS, imageDocument, nestChart } from './frame';
import { drawParagraph, fitSize, paragraph, type Paragraph } from './text';

const PAD = 32;
/** Width of a chart image at 1x, in px: the chart at its own scale (1 unit = 1 px) and margins. */
export const CHART_IMAGE_WIDTH = CHART_WIDTH + 2 * PAD;

/** Text sizes of a chart image at 1x, in px: the chart's own text is FONT_SIZE (1 unit = 1 px). */
export const CHART_TEXT_PX = FONT_SIZE;
export const TITLE_PX = 28;
export const TITLE_PX_LONG = 24;
export const SUBTITLE_PX = CHART_TEXT_PX;

/** The class of a chart image's title, which tests blank out to see that it is drawn. */
export const TITLE_CLASS = `${CLASS.fg} sj-img-title`;

const T = strings({
  zh: {
    rate: (city: { zh: string; en: string }, heading: string) =>
      `${city.zh}报告“${heading}”部分所述的比率,按原文中的数字复算`,
  },
  en: {
    rate: (city: { zh: string; en: string }, heading: string) =>
      `A rate stated in the part headed “${heading}” of ${city.en}’s report, recomputed from the figures in the text`,
  },
});

/** The line under the title: what the chart measures, or which part of which report it shows. */
export function chartSubtitle(entry: ChartEntry, chart: ChartOutput, lang: Lang): string {
  const indicator = /^\/indicators\/([^/]+)\/$/.exec(entry.pagePath);
  if (entry.kind === 'indicator' && indicator) return getIndicator(indicator[1]!).definition[lang];
  const d = getDataset(entry.city!);
  const heading = d.sources
    .find((s) => s.id === entry.section?.source)
    ?.sections.find((s) => s.number === entry.section?.number)?.heading[lang];
  if (entry.id.startsWith('rate-') && heading) {
    return T[lang].rate(d.city.name, heading);
  }
  return firstSentence(chart.summary, lang);
}

/** The first sentence: up to 。 in Chinese, up to . ! or ? before a capital or the end in English. */
const FIRST_SENTENCE: Record<Lang, RegExp> = {
  zh: /^.*?。/su,
  en: /^.*?[.!?](?=\s+[A-Z“"(]|$)/su,
};

/** The first sentence of a chart summary ("条形图:……数字。", "Bar chart of … report."). */
export function firstSentence(text: string, lang: Lang): string {
  const m = FIRST_SENTENCE[lang].exec(text);
  return (m ? m[0] : text).trim();
}

/**
 * A chart as a standalone SVG (640 px wide at 1x): title, subtitle, the chart, then the source
 * line (original publishers first), the compilation with its data version, and the licence.
 */
export function chartImageSvg(entry: ChartEntry, lang: Lang, site: URL | string): string {
  const chart = entry.render(lang);
  const inner = CHART_IMAGE_WIDTH - 2 * PAD;
  const lines = attribution({
    credits: entry.credits,
    packages: entry.packages,
    url: pageUrl(site, lang, entry.pagePath),
    lang,
  });
  const body: string[] = [];
  let y = PAD - 4;
  const put = (p: Paragraph, className: string, gapAfter: number) => {
    body.push(drawParagraph(p, PAD, y, className));
    y += p.height + gapAfter;
  };
  const title = (size: number) =>
    paragraph(bindTitle(chart.title), inner, {
      size,
      leading: 1.3,
      bold: true,
      lang,
      balanced: true,
    });
  // One type scale (as on the page): title > subtitle >= the chart's own text (labels, values and
  // notes are CHART_TEXT_PX at 1x). A long title is set smaller rather than run to five or six lines.
  const big = title(TITLE_PX);
  put(big.lines.length > 3 ? title(TITLE_PX_LONG) : big, TITLE_CLASS, 6);
  put(
    paragraph(chartSubtitle(entry, chart, lang), inner, { size: SUBTITLE_PX, leading: 1.4, lang }),
    CLASS.muted,
    22,
  );
  const nested = nestChart(chart.svg, { x: PAD, y, width: inner });
  body.push(nested.markup);
  y += Math.ceil(nested.height) + 24;
  body.push(`<line${attrs({ class: CLASS.rule, x1: PAD, x2: PAD + inner, y1: y, y2: y })}/>`);
  y += 12;
  const small = { size: 14, leading: 1.45, lang };
  put(paragraph(lines.source, inner, small), CLASS.muted, 4);
  put(paragraph(lines.compiler, inner, small), CLASS.muted, 4);
  // The address stays on one line (smaller if need be) so that it can be copied; the licence
  // shares that line when both fit.
  const last = `${lines.licence} · ${lines.url}`;
  if (textWidth(last, small.size) <= inner) put(paragraph(last, inner, small), CLASS.muted, 4);
  else {
    put(paragraph(lines.licence, inner, small), CLASS.muted, 4);
    const size = fitSize(lines.url, inner, small.size, 10);
    put(paragraph(lines.url, inner, { ...small, size }), CLASS.muted, 4);
  }
  const height = Math.ceil(y - 4 + PAD - 6);
  return imageDocument({
    width: CHART_IMAGE_WIDTH,
    height,
    lang,
    title: chart.title,
    desc: [chart.summary, lines.source, lines.compiler, lines.licence, lines.url].join(' '),
    body,
  });
}

import { describePeriod } from '@shuangjian/indicators';
import type { Dataset, Figure } from '@shuangjian/schema';
import { otherLang, type Lang } from '../../i18n/lang';
import { strings } from '../../i18n/strings';
import { ui } from '../../i18n/ui';
import { indicatorChart } from '../chart-registry';
import { formatValue, unitLabel } from '../format';
import { DATASETS, INDICATORS, comparison, getIndicator } from '../site-data';
import { COMPILER, LICENCE } from './attribution';
import { CLASS, nestChart } from './frame';
import {
  centred,
  dataFooter,
  firstThatFits,
  ogDocument,
  OG_MARGIN,
  OG_WIDTH,
  sized,
  stack,
  stackHeight,
  type Block,
} from './og-frame';

/** An OpenGraph image: its alt text, and its SVG once the public address is known. */
export interface OgImage {
  alt: string;
  svg: (site: URL | string) => string;
}

const INNER = OG_WIDTH - 2 * OG_MARGIN;

const T = strings({
  zh: {
    figureAlt: (d: Dataset, f: Figure, value: string, period: string) =>
      `${d.city.name.zh}:${f.title.zh}——${value}(${period})`,
    report: (title: { zh: string; en: string }) => `《${title.zh}》`,
    cityAlt: (d: Dataset, report: string, count: string, key: Figure) =>
      `${d.city.name.zh}:${report}中的 ${count}。${key.title.zh}:${formatValue(key, 'zh')}`,
    keyFigure: '重点数字',
    colon: ':',
    counts: (cities: number, figures: number, indicators: number) =>
      `${cities} 个城市 · ${figures} 个数字 · ${indicators} 个跨城市指标`,
  },
  en: {
    figureAlt: (d: Dataset, f: Figure, value: string, period: string) =>
      `${d.city.name.en}: ${f.title.en} — ${value} (${period})`,
    report: (title: { zh: string; en: string }) => `“${title.en}”`,
    cityAlt: (d: Dataset, report: string, count: string, key: Figure) =>
      `${d.city.name.en}: ${count} from ${report}. ${key.title.en}: ${formatValue(key, 'en')}`,
    keyFigure: 'Key figure',
    colon: ': ',
    counts: (cities: number, figures: number, indicators: number) =>
      `${cities} cities · ${figures} figures · ${indicators} cross-city indicators`,
  },
});

/** A figure: the value big, its label, the city and part of the report, the period, the source. */
export function figureOg(d: Dataset, f: Figure, lang: Lang): OgImage {
  const t = ui(lang);
  const value = formatValue(f, lang);
  const period = describePeriod(f.period)[lang];
  const section = d.sources
    .find((s) => s.id === f.source)!
    .sections.find((s) => s.number === f.section)!.heading[lang];
  const caveat = f.qualifier === 'exact' ? '' : ` · ${t.qualifiers[f.qualifier]}`;
  const alt = T[lang].figureAlt(d, f, value, period);
  // From a big value and a short label down to a smaller value with room for a long label.
  const sizes = [
    [120, 46, 3],
    [120, 40, 3],
    [120, 34, 3],
    [96, 30, 4],
    [80, 28, 5],
    [72, 26, 6],
  ] as const;
  const candidates = sizes.map(([valueSize, labelSize, labelLines]): Block[] => [
    {
      text: `${d.city.name[lang]} · ${section}`,
      className: CLASS.muted,
      options: { size: 26, lang },
      maxLines: 1,
      cutOk: true,
    },
    {
      text: value,
      className: CLASS.accent,
      options: { size: sized(value, INNER, valueSize, 48), leading: 1.15, bold: true, lang },
      gapBefore: 4,
    },
    {
      text: f.title[lang],
      className: CLASS.fg,
      options: { size: labelSize, leading: 1.25, bold: true, lang, balanced: true },
      gapBefore: 10,
      maxLines: labelLines,
    },
    {
      text: `${period}${caveat}`,
      className: CLASS.muted,
      options: { size: 24, lang },
      gapBefore: 12,
      maxLines: 2,
      cutOk: true,
    },
  ]);
  return {
    alt,
    svg: (site) =>
      ogDocument({
        lang,
        site,
        title: `${d.city.name[lang]} · ${f.title[lang]}`,
        desc: alt,
        footer: dataFooter([d.city.slug], [d], lang, site, `/figures/${f.city}/${f.id}/`),
        content: (area) =>
          centred(firstThatFits(candidates, INNER, area.bottom - area.top), OG_MARGIN, INNER, area),
      }),
  };
}

/** The city's figure for the first indicator in the catalogue that it reports, else its first figure. */
export function keyFigure(d: Dataset): Figure {
  for (const i of INDICATORS) {
    const row = comparison(i.id).find((r) => r.city.slug === d.city.slug);
    if (row?.reported) return row.figure;
  }
  return d.figures[0]!;
}

/** A city: its name, report, number of figures, and one key figure. */
export function cityOg(d: Dataset, lang: Lang): OgImage {
  const t = ui(lang);
  const source = d.sources[0]!;
  const key = keyFigure(d);
  const report = T[lang].report(source.title);
  const count = t.figureCount(d.figures.length);
  const alt = T[lang].cityAlt(d, report, count, key);
  const leftWidth = 640;
  const cardX = OG_MARGIN + leftWidth + 40;
  const cardWidth = OG_WIDTH - OG_MARGIN - cardX;
  const left = [104, 88, 72].map((size): Block[] => [
    { text: d.city.province[lang], className: CLASS.muted, options: { size: 28, lang } },
    {
      text: d.city.name[lang],
      className: CLASS.fg,
      options: {
        size: sized(d.city.name[lang], leftWidth, size, 48),
        leading: 1.15,
        bold: true,
        lang,
      },
    },
    {
      text: report,
      className: CLASS.fg,
      options: { size: size > 90 ? 30 : 28, leading: 1.35, lang },
      gapBefore: 8,
      maxLines: 3,
    },
    {
      text: count,
      className: CLASS.accent,
      options: { size: 36, bold: true, lang },
      gapBefore: 18,
    },
  ]);
  const value = formatValue(key, lang);
  const card: Block[] = [
    { text: T[lang].keyFigure, className: CLASS.muted, options: { size: 22, lang } },
    {
      text: value,
      className: CLASS.accent,
      options: { size: sized(value, cardWidth - 48, 64, 24), leading: 1.2, bold: true, lang },
      gapBefore: 6,
    },
    {
      text: key.title[lang],
      className: CLASS.fg,
      options: { size: 22, leading: 1.35, lang },
      gapBefore: 6,
      maxLines: 5,
      cutOk: true,
    },
  ];
  return {
    alt,
    svg: (site) =>
      ogDocument({
        lang,
        site,
        title: d.city.name[lang],
        desc: alt,
        footer: dataFooter([d.city.slug], [d], lang, site, `/cities/${d.city.slug}/`),
        content: (area) => {
          const cardHeight = stackHeight(card, cardWidth - 48) + 56;
          const cardTop = area.top + Math.max(0, (area.bottom - area.top - cardHeight) / 2);
          return [
            ...centred(
              firstThatFits(left, leftWidth, area.bottom - area.top),
              OG_MARGIN,
              leftWidth,
              area,
            ),
            `<rect class="${CLASS.band}" x="${cardX}" y="${cardTop}" width="${cardWidth}" height="${cardHeight}" rx="12"/>`,
            ...stack(card, cardX + 24, cardTop + 28, cardWidth - 48).markup,
          ];
        },
      }),
  };
}

/** An indicator: its name and coverage on the left, its comparison chart on the right. */
export function indicatorOg(indicatorId: string, lang: Lang): OgImage {
  const t = ui(lang);
  const i = getIndicator(indicatorId);
  const entry = indicatorChart(indicatorId);
  const chart = entry.render(lang);
  const rows = comparison(indicatorId);
  const reported = rows.filter((r) => r.reported);
  const leftWidth = 420;
  const chartX = OG_MARGIN + leftWidth + 48;
  const chartWidth = OG_WIDTH - OG_MARGIN - chartX;
  const candidates = [48, 42, 36, 32].map((size): Block[] => [
    { text: t.indicator, className: CLASS.muted, options: { size: 24, lang } },
    {
      text: i.name[lang],
      className: CLASS.fg,
      options: { size, leading: 1.25, bold: true, lang, balanced: true },
      gapBefore: 6,
      maxLines: 5,
    },
    {
      text: `${t.unit}${T[lang].colon}${unitLabel(i.unit, lang)}`,
      className: CLASS.muted,
      options: { size: 24, lang },
      gapBefore: 18,
    },
    {
      text: t.reportedBy(reported.length, DATASETS.length),
      className: CLASS.muted,
      options: { size: 24, lang },
      gapBefore: 4,
    },
  ]);
  return {
    alt: chart.summary,
    svg: (site) =>
      ogDocument({
        lang,
        site,
        title: chart.title,
        desc: chart.summary,
        footer: dataFooter(
          reported.map((r) => r.city.slug),
          [...DATASETS],
          lang,
          site,
          `/indicators/${indicatorId}/`,
        ),
        content: (area) => {
          const height = area.bottom - area.top + 16;
          const [vw, vh] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(chart.svg)!.slice(1).map(Number);
          const scale = Math.min(chartWidth / vw!, height / vh!);
          const nested = nestChart(chart.svg, {
            x: chartX + (chartWidth - vw! * scale) / 2,
            y: area.top + (height - vh! * scale) / 2,
            width: vw! * scale,
          });
          const blocks = firstThatFits(candidates, leftWidth, area.bottom - area.top);
          return [...centred(blocks, OG_MARGIN, leftWidth, area), nested.markup];
        },
      }),
  };
}

/** Every other page: the site's name in both languages, its tagline and its size. */
export function defaultOg(lang: Lang): OgImage {
  const t = ui(lang);
  const other = ui(otherLang(lang));
  const figures = DATASETS.reduce((n, d) => n + d.figures.length, 0);
  const counts = T[lang].counts(DATASETS.length, figures, INDICATORS.length);
  const blocks: Block[] = [
    {
      text: t.siteName,
      className: CLASS.fg,
      options: { size: sized(t.siteName, INNER, 96, 48), leading: 1.15, bold: true, lang },
    },
    { text: other.siteName, className: CLASS.muted, options: { size: 36, lang }, gapBefore: 4 },
    {
      text: t.siteTagline,
      className: CLASS.fg,
      options: { size: 32, leading: 1.4, lang, balanced: true },
      gapBefore: 24,
      maxLines: 3,
    },
    {
      text: counts,
      className: CLASS.accent,
      options: { size: 30, bold: true, lang },
      gapBefore: 20,
    },
  ];
  const alt = `${t.siteName}${T[lang].colon}${t.siteTagline}`;
  return {
    alt,
    svg: (site) =>
      ogDocument({
        lang,
        site,
        title: t.siteName,
        desc: alt,
        footer: [t.footerSources, `${COMPILER[lang]} · ${LICENCE}`],
        content: (area) => centred(blocks, OG_MARGIN, INNER, area),
      }),
  };
}

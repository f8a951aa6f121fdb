import { describePeriod } from '@shuangjian/indicators';
import { textWidth } from '../../charts/lib/text-width';
import type { Dataset, Figure, LocalizedText } from '@shuangjian/schema';
import type { Lang } from '../../i18n/lang';
import { strings } from '../../i18n/strings';
import { ui } from '../../i18n/ui';
import { indicatorChart } from '../chart-registry';
import { formatValue, unitLabel } from '../format';
import { DATASETS, INDICATORS, comparison, getIndicator } from '../site-data';
import { bilingualCredit } from './attribution';
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

/**
 * An OpenGraph image: one per page for both languages (Chinese first, then English), with its alt
 * text in each language (the page's og:image:alt), and its SVG once the public address is known.
 */
export interface OgImage {
  alt: LocalizedText;
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
    /** What the figure's period and qualifier line says: "累计 · 下限(原文“余”“多”)". */
    period: (period: string, qualifier: string | null) =>
      qualifier ? `${period} · ${qualifier}` : period,
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
    period: (period: string, qualifier: string | null) =>
      qualifier ? `${period} · ${qualifier.charAt(0).toLowerCase()}${qualifier.slice(1)}` : period,
  },
});

/** size, or smaller down to three quarters of it where that sets bold text on one line. */
function oneLine(text: string, width: number, size: number): number {
  const smaller = sized(text, width, size, Math.round(size * 0.75));
  return textWidth(text, smaller) * 1.1 <= width ? smaller : size;
}

/** Both languages of a text, as one title or description of the SVG. */
const both = (t: LocalizedText) => `${t.zh} / ${t.en}`;

/** A text in each language, by a function of the language. */
const each = (f: (lang: Lang) => string): LocalizedText => ({ zh: f('zh'), en: f('en') });

/**
 * A figure: the city, the value big as Chinese writes it with the English digits beside or under
 * it, the title in Chinese (bold) and in English, the period and qualifier, the source.
 */
export function figureOg(d: Dataset, f: Figure): OgImage {
  const value = each((lang) => formatValue(f, lang));
  const period = each((lang) => describePeriod(f.period)[lang]);
  const section = d.sources
    .find((s) => s.id === f.source)!
    .sections.find((s) => s.number === f.section)!.heading.zh;
  const when = each((lang) =>
    T[lang].period(period[lang], f.qualifier === 'exact' ? null : ui(lang).qualifiers[f.qualifier]),
  );
  const alt = each((lang) => T[lang].figureAlt(d, f, value[lang], period[lang]));
  // "47%" reads the same in both languages: draw it once.
  const twoValues = value.zh !== value.en;
  // From a big value and short titles down to a smaller value with room for long titles; the
  // last always fits (two lines a title, one line the period), cutting what does not.
  const sizes = [
    [120, 46, 34, 2, 2],
    [120, 42, 32, 2, 2],
    [104, 40, 30, 2, 2],
    [96, 36, 28, 3, 2],
    [80, 32, 28, 3, 2],
    [72, 30, 26, 3, 2],
    [60, 28, 26, 2, 1],
  ] as const;
  const candidates = sizes.map(([valueSize, zhSize, enSize, lines, whenLines]): Block[] => {
    const zhValue = sized(value.zh, INNER, valueSize, 48);
    const enValue = Math.round(Math.max(zhValue * 0.4, 32));
    return [
      {
        text: `${d.city.name.zh} ${d.city.name.en} · ${section}`,
        className: CLASS.muted,
        options: { size: 26, lang: 'zh' },
        maxLines: 1,
        cutOk: true,
      },
      {
        text: value.zh,
        className: CLASS.accent,
        options: { size: zhValue, leading: 1.15, bold: true, lang: 'zh' },
        gapBefore: 2,
      },
      ...(twoValues
        ? [
            {
              text: value.en,
              className: CLASS.accent,
              options: { size: sized(value.en, INNER, enValue, 26), bold: true, lang: 'en' },
              beside: { gap: Math.round(zhValue * 0.2) },
            } satisfies Block,
          ]
        : []),
      {
        text: f.title.zh,
        className: CLASS.fg,
        options: { size: zhSize, leading: 1.25, bold: true, lang: 'zh', balanced: true },
        gapBefore: 8,
        maxLines: lines,
      },
      {
        text: f.title.en,
        className: CLASS.fg,
        options: { size: enSize, leading: 1.25, lang: 'en', balanced: true },
        gapBefore: 2,
        maxLines: lines,
      },
      {
        text: when.zh,
        className: CLASS.muted,
        options: { size: 26, lang: 'zh' },
        gapBefore: 12,
        maxLines: whenLines,
      },
      {
        text: when.en,
        className: CLASS.muted,
        options: { size: 26, lang: 'en' },
        beside: { gap: 6, lead: '· ' },
        maxLines: whenLines,
      },
    ];
  });
  return {
    alt,
    svg: (site) =>
      ogDocument({
        site,
        title: both(each((lang) => `${d.city.name[lang]} · ${f.title[lang]}`)),
        desc: both(alt),
        footer: dataFooter([d.city.slug], [d]),
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

/** A city: its names, province, report, number of figures, and one key figure, in both languages. */
export function cityOg(d: Dataset): OgImage {
  const source = d.sources[0]!;
  const key = keyFigure(d);
  const report = each((lang) => T[lang].report(source.title));
  const count = each((lang) => ui(lang).figureCount(d.figures.length));
  const alt = each((lang) => T[lang].cityAlt(d, report[lang], count[lang], key));
  const leftWidth = 620;
  const cardX = OG_MARGIN + leftWidth + 36;
  const cardWidth = OG_WIDTH - OG_MARGIN - cardX;
  const name = d.city.name;
  // From a big name with the English report title in full down to a smaller name, the English
  // title cut, then left out (the Chinese one is never cut).
  const sizes = [
    [104, 3],
    [88, 3],
    [72, 3],
    [104, 2],
    [88, 2],
    [72, 2],
    [88, 1],
    [72, 1],
    [60, 1],
    [72, 0],
    [60, 0],
  ] as const;
  const left = sizes.map(([size, enLines]): Block[] => {
    const zhName = sized(name.zh, leftWidth, size, 48);
    return [
      {
        text: d.city.province.zh,
        className: CLASS.muted,
        options: { size: 26, lang: 'zh' },
      },
      {
        text: d.city.province.en,
        className: CLASS.muted,
        options: { size: 26, lang: 'en' },
        beside: { gap: 6, lead: '· ' },
      },
      {
        text: name.zh,
        className: CLASS.fg,
        options: { size: zhName, leading: 1.15, bold: true, lang: 'zh' },
      },
      {
        text: name.en,
        className: CLASS.fg,
        options: {
          size: sized(name.en, leftWidth, Math.round(zhName * 0.5), 30, false),
          lang: 'en',
        },
        beside: { gap: Math.round(zhName * 0.2) },
      },
      {
        text: report.zh,
        className: CLASS.fg,
        options: { size: size > 80 ? 28 : 26, leading: 1.3, lang: 'zh', phrases: true },
        gapBefore: 6,
        maxLines: 3,
      },
      ...(enLines > 0
        ? [
            {
              text: report.en,
              className: CLASS.muted,
              options: { size: 24, leading: 1.3, lang: 'en' },
              gapBefore: 2,
              maxLines: enLines,
              cutOk: true,
            } satisfies Block,
          ]
        : []),
      {
        text: count.zh,
        className: CLASS.accent,
        options: { size: 34, bold: true, lang: 'zh' },
        gapBefore: 14,
      },
      {
        text: count.en,
        className: CLASS.accent,
        options: { size: 30, bold: true, lang: 'en' },
        // No gap: the estimate of the bold digits before it errs wide already.
        beside: { gap: 0, lead: '· ' },
      },
    ];
  });
  const value = each((lang) => formatValue(key, lang));
  const cardInner = cardWidth - 48;
  const zhValue = sized(value.zh, cardInner, 60, 28);
  const card = [3, 2, 1].map((lines): Block[] => [
    {
      text: `${T.zh.keyFigure} ${T.en.keyFigure}`,
      className: CLASS.muted,
      options: { size: 22, lang: 'zh' },
    },
    {
      text: value.zh,
      className: CLASS.accent,
      options: { size: zhValue, leading: 1.2, bold: true, lang: 'zh' },
      gapBefore: 4,
    },
    ...(value.zh !== value.en
      ? [
          {
            text: value.en,
            className: CLASS.accent,
            options: { size: sized(value.en, cardInner, 28, 22), bold: true, lang: 'en' },
            beside: { gap: 14 },
          } satisfies Block,
        ]
      : []),
    {
      text: key.title.zh,
      className: CLASS.fg,
      options: { size: 26, leading: 1.3, bold: true, lang: 'zh' },
      gapBefore: 8,
      maxLines: lines,
      cutOk: true,
    },
    {
      text: key.title.en,
      className: CLASS.fg,
      options: { size: 22, leading: 1.3, lang: 'en' },
      gapBefore: 2,
      maxLines: lines,
      cutOk: true,
    },
  ]);
  return {
    alt,
    svg: (site) =>
      ogDocument({
        site,
        title: both(name),
        desc: both(alt),
        footer: dataFooter([d.city.slug], [d]),
        content: (area) => {
          const blocks = firstThatFits(card, cardInner, area.bottom - area.top - 56);
          const cardHeight = stackHeight(blocks, cardInner) + 56;
          const cardTop = area.top + Math.max(0, (area.bottom - area.top - cardHeight) / 2);
          return [
            ...centred(
              firstThatFits(left, leftWidth, area.bottom - area.top),
              OG_MARGIN,
              leftWidth,
              area,
            ),
            `<rect class="${CLASS.band}" x="${cardX}" y="${cardTop}" width="${cardWidth}" height="${cardHeight}" rx="12"/>`,
            ...stack(blocks, cardX + 24, cardTop + 28, cardInner).markup,
          ];
        },
      }),
  };
}

/**
 * An indicator: its name in both languages, unit and coverage on the left, its comparison chart
 * on the right. The chart is drawn once, in Chinese (the site's default language, and the values
 * as the reports write them); the English name and the English alt text give its English reading.
 */
export function indicatorOg(indicatorId: string): OgImage {
  const i = getIndicator(indicatorId);
  const entry = indicatorChart(indicatorId);
  const chart = entry.render('zh');
  const rows = comparison(indicatorId);
  const reported = rows.filter((r) => r.reported);
  const leftWidth = 460;
  const chartX = OG_MARGIN + leftWidth + 40;
  const chartWidth = OG_WIDTH - OG_MARGIN - chartX;
  const unit = each((lang) => `${ui(lang).unit}${T[lang].colon}${unitLabel(i.unit, lang)}`);
  const coverage = each((lang) => ui(lang).reportedBy(reported.length, DATASETS.length));
  const candidates = [
    [46, 32, 26],
    [42, 30, 26],
    [38, 28, 24],
    [34, 26, 24],
    [30, 24, 22],
  ].map(([zhSize, enSize, infoSize]): Block[] => [
    {
      text: `${ui('zh').indicator} ${ui('en').indicator}`,
      className: CLASS.muted,
      options: { size: 24, lang: 'zh' },
    },
    {
      text: i.name.zh,
      className: CLASS.fg,
      options: {
        size: oneLine(i.name.zh, leftWidth, zhSize!),
        leading: 1.25,
        bold: true,
        lang: 'zh',
        balanced: true,
      },
      gapBefore: 4,
      maxLines: 4,
    },
    {
      text: i.name.en,
      className: CLASS.fg,
      options: { size: enSize!, leading: 1.25, lang: 'en', balanced: true },
      gapBefore: 4,
      maxLines: 4,
    },
    ...[unit, coverage].flatMap((line, n): Block[] => [
      {
        text: line.zh,
        className: CLASS.muted,
        options: { size: infoSize!, lang: 'zh' },
        gapBefore: n === 0 ? 16 : 4,
      },
      {
        text: line.en,
        className: CLASS.muted,
        options: { size: infoSize!, lang: 'en' },
        beside: { gap: 6, lead: '· ' },
      },
    ]),
  ]);
  const alt = each((lang) => entry.render(lang).summary);
  return {
    alt,
    svg: (site) =>
      ogDocument({
        site,
        title: both(each((lang) => entry.render(lang).title)),
        desc: both(alt),
        footer: dataFooter(
          reported.map((r) => r.city.slug),
          [...DATASETS],
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

/** Every other page: the site's name and tagline in both languages, and its size. */
export function defaultOg(): OgImage {
  const figures = DATASETS.reduce((n, d) => n + d.figures.length, 0);
  const counts = each((lang) => T[lang].counts(DATASETS.length, figures, INDICATORS.length));
  const name = each((lang) => ui(lang).siteName);
  const tagline = each((lang) => ui(lang).siteTagline);
  const candidates = [
    [88, 52],
    [80, 48],
    [72, 44],
    [64, 40],
  ].map(([zhSize, enSize]): Block[] => [
    {
      text: name.zh,
      className: CLASS.fg,
      options: {
        size: sized(name.zh, INNER, zhSize!, 48),
        leading: 1.15,
        bold: true,
        lang: 'zh',
      },
    },
    {
      text: name.en,
      className: CLASS.fg,
      options: { size: enSize!, leading: 1.15, bold: true, lang: 'en' },
      beside: { gap: 28 },
      gapBefore: 2,
    },
    {
      text: tagline.zh,
      className: CLASS.fg,
      options: { size: 32, leading: 1.35, lang: 'zh', balanced: true },
      gapBefore: 16,
      maxLines: 2,
    },
    {
      text: tagline.en,
      className: CLASS.fg,
      options: { size: 28, leading: 1.3, lang: 'en', balanced: true },
      gapBefore: 2,
      maxLines: 3,
    },
    {
      text: counts.zh,
      className: CLASS.accent,
      options: { size: 28, bold: true, lang: 'zh' },
      gapBefore: 16,
    },
    {
      text: counts.en,
      className: CLASS.accent,
      options: { size: 28, bold: true, lang: 'en' },
      gapBefore: 2,
    },
  ]);
  const alt = each((lang) => `${name[lang]}${T[lang].colon}${tagline[lang]}`);
  return {
    alt,
    svg: (site) =>
      ogDocument({
        site,
        title: both(name),
        desc: both(alt),
        footer: [
          { text: ui('zh').footerSources, lang: 'zh' },
          { text: ui('en').footerSources, lang: 'en' },
          { text: bilingualCredit(DATASETS.map((d) => d.version)), lang: 'zh' },
        ],
        content: (area) =>
          centred(firstThatFits(candidates, INNER, area.bottom - area.top), OG_MARGIN, INNER, area),
      }),
  };
}

import type { Lang } from '../../i18n/lang';
import { localePath } from '../../i18n/lang';
import { ui } from '../../i18n/ui';
import type { ChartEntry } from '../chart-registry';
import { links } from '../links';
import { DATASETS, INDICATORS, comparison, getDataset } from '../site-data';

/** CC BY 4.0, in the reader's language where Creative Commons has a translation. */
export const LICENCE_URL: Record<Lang, string> = {
  zh: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
  en: 'https://creativecommons.org/licenses/by/4.0/',
};

const T = {
  zh: {
    source: (credits: string[], via: string[]) =>
      `来源:${credits.join(';')}${via.length > 0 ? `(经 ${via.join('、')} 转载)` : ''}`,
    chartBy: '图表:',
    licence: '许可:',
    version: (v: string) => `数据版本:${v}`,
    cityWhere: (province: string, city: string) => `${province}${city}`,
    section: (n: number, heading: string) => (n === 0 ? '导语' : `第${n}部分:${heading}`),
    republished: (date: string) => `报告于 ${date} 转载`,
    periodsDiffer: '各市统计期间不同,请看各条标注。',
    sep: ' · ',
  },
  en: {
    source: (credits: string[], via: string[]) =>
      `Source: ${credits.join('; ')}${via.length > 0 ? ` (republished by ${via.join(', ')})` : ''}`,
    chartBy: 'Chart: ',
    licence: 'Licence: ',
    version: (v: string) => `Data version: ${v}`,
    cityWhere: (province: string, city: string) => `${city}, ${province}`,
    section: (n: number, heading: string) =>
      n === 0 ? 'lead paragraph' : `section ${n}: ${heading}`,
    republished: (date: string) => `report republished ${date}`,
    periodsDiffer: 'The cities report different periods (shown on each bar).',
    sep: ' · ',
  },
} as const;

/** Everything an embed page says around its chart, in one language. */
export interface EmbedText {
  title: string;
  /** What and where, and the period or date that frames the numbers. */
  subtitle: string;
  /** Original publishers first, then who republished them. */
  source: string;
  siteName: string;
  /** The chart on its page on this site (data table, figures, caveats): relative to the site. */
  pageHref: string;
  chartBy: string;
  licence: string;
  licenceUrl: string;
  /** "数据版本:hefei 0.1.0". */
  version: string;
}

/** The data version for people: "bengbu 0.1.0, hefei 0.1.0". */
export function versionLabel(packages: ChartEntry['packages']): string {
  return [...packages]
    .map((p) => `${p.name.replace(/^@[^/]+\//, '')} ${p.version}`)
    .sort()
    .join(', ');
}

function subtitle(entry: ChartEntry, title: string, lang: Lang): string {
  const t = T[lang];
  if (entry.kind === 'indicator') {
    const indicator = INDICATORS.find((i) => links.indicator('zh', i.id) === entry.pagePath);
    if (!indicator) throw new Error(`chart ${entry.id}: no indicator at ${entry.pagePath}`);
    const rows = comparison(indicator.id);
    const reported = rows.filter((r) => r.reported).length;
    const differ = rows.some((r) => r.caveats.some((c) => c.code === 'periods_differ'));
    return [
      indicator.definition[lang],
      `${ui(lang).reportedBy(reported, rows.length)}${lang === 'zh' ? '。' : '.'}`,
      ...(differ ? [t.periodsDiffer] : []),
    ].join(lang === 'zh' ? '' : ' ');
  }
  const d = getDataset(entry.city!);
  const source = d.sources.find((s) => s.id === entry.section?.source) ?? d.sources[0]!;
  const section = source.sections.find((s) => s.number === entry.section?.number);
  const parts = [t.cityWhere(d.city.province[lang], d.city.name[lang])];
  // Section charts name their section in the title already; rate charts do not.
  if (section && !title.includes(section.heading[lang]))
    parts.push(t.section(section.number, section.heading[lang]));
  parts.push(t.republished(source.republication.date));
  return parts.join(t.sep);
}

/** The words of a chart's embed page in a language. */
export function embedText(entry: ChartEntry, lang: Lang, title: string): EmbedText {
  const t = T[lang];
  const names = new Set(entry.packages.map((p) => p.name));
  const datasets = entry.city
    ? [getDataset(entry.city)]
    : DATASETS.filter((d) => names.has(d.name));
  const via = [
    ...new Set(datasets.flatMap((d) => d.sources.map((s) => s.republication.publisher))),
  ];
  return {
    title,
    subtitle: subtitle(entry, title, lang),
    source: t.source(
      entry.credits.map((c) => c[lang]),
      via,
    ),
    siteName: ui(lang).siteName,
    pageHref: `${localePath(lang, entry.pagePath)}#${entry.id}`,
    chartBy: t.chartBy,
    licence: t.licence,
    licenceUrl: LICENCE_URL[lang],
    version: t.version(versionLabel(entry.packages)),
  };
}

/** The footer's paragraphs as plain text, as the embed page shows them (for its height estimate). */
export function footerText(t: EmbedText): string[] {
  return [t.source, `${t.chartBy}${t.siteName} · ${t.licence}CC BY 4.0 · ${t.version}`];
}

/** The words of the "Embed" offer under every chart on the site. */
export const EMBED_CODE_TEXT = {
  zh: {
    summary: '嵌入',
    intro: '把下面的代码粘贴到网页中即可嵌入此图表,不需要脚本。',
    latest: '最新数据(数据更新后,嵌入的图表随之更新)',
    pinned: (v: string) => `此数据版本(永不改变:${v})`,
    script: '可选:在页面中加入一次此脚本,各嵌入图表的高度会自动适应内容。',
    options:
      '网址选项:默认浅色;?theme=dark 深色;?theme=auto 跟随读者的系统设置;?lang=en 英文版;?plain=1 只显示标题、图表和来源。',
    preview: '打开嵌入页面',
  },
  en: {
    summary: 'Embed',
    intro: 'Paste this code into a web page to embed the chart; no script is needed.',
    latest: 'Latest data (the embedded chart follows data updates)',
    pinned: (v: string) => `This data version (never changes: ${v})`,
    script:
      'Optional: add this script once per page and every embedded chart fits its height to its content.',
    options:
      "URL options: light by default; ?theme=dark for dark; ?theme=auto to follow the reader's system setting; ?lang=zh for Chinese; ?plain=1 for the title, chart and source only.",
    preview: 'Open the embed page',
  },
} as const;

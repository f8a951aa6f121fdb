import type { Lang } from '../../i18n/lang';
import { localePath } from '../../i18n/lang';
import { strings } from '../../i18n/strings';
import { ui } from '../../i18n/ui';
import type { ChartEntry } from '../chart-registry';
import { MAX_NAMED } from '../images/attribution';
import { links } from '../links';
import { INDICATORS, comparison, getDataset } from '../site-data';
import { escapeHtml } from './snippet';

/** CC BY 4.0, in the reader's language where Creative Commons has a translation. */
export const LICENCE_URL: Record<Lang, string> = {
  zh: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
  en: 'https://creativecommons.org/licenses/by/4.0/',
};

const T = strings({
  zh: {
    source: '来源:',
    creditSep: ';',
    via: (via: string[]) => `(经 ${via.join('、')} 转载)`,
    /** The link to the sentence a chart's one report states its figure in. */
    quote: '原文句子',
    /** Before the links to each report's sentence, named by city. */
    quotes: '原文句子:',
    citySep: '、',
    /** After MAX_NAMED reports, linked to the chart's page, whose table links every city's figure. */
    moreReports: (rest: number) => `另${rest}份报告(见图表所在页面)`,
    moreVersions: (rest: number) => `另${rest}个城市`,
    chartBy: '图表:',
    licence: '许可:',
    version: (v: string) => `数据版本:${v}`,
    cityWhere: (province: string, city: string) => `${province}${city}`,
    section: (n: number, heading: string) => (n === 0 ? '导语' : `第${n}部分:${heading}`),
    republished: (date: string) => `报告于 ${date} 转载`,
    periodsDiffer: '各市统计期间不同,请看各条标注。',
    sep: ' · ',
    /** After a sentence, and between sentences. */
    fullStop: '。',
    sentenceSep: '',
  },
  en: {
    source: 'Source: ',
    creditSep: '; ',
    via: (via: string[]) => ` (republished by ${via.join(', ')})`,
    quote: 'quoted sentence',
    quotes: 'Quoted sentences: ',
    citySep: ', ',
    moreReports: (rest: number) => `and ${rest} more reports (see the chart’s page)`,
    moreVersions: (rest: number) => `and ${rest} more cities`,
    chartBy: 'Chart: ',
    licence: 'Licence: ',
    version: (v: string) => `Data version: ${v}`,
    cityWhere: (province: string, city: string) => `${city}, ${province}`,
    section: (n: number, heading: string) =>
      n === 0 ? 'lead paragraph' : `section ${n}: ${heading}`,
    republished: (date: string) => `report republished ${date}`,
    periodsDiffer: 'The cities report different periods (shown on each bar).',
    sep: ' · ',
    fullStop: '.',
    sentenceSep: ' ',
  },
});

/**
 * A piece of a paragraph: text, a link (absolute; it opens in a new tab, since the page is in an
 * iframe) or a span with a class.
 */
export interface Run {
  text: string;
  href?: string;
  /** Added to "noopener". */
  rel?: string;
  className?: string;
}

/** Everything an embed page says around its chart, in one language. */
export interface EmbedText {
  title: string;
  /** What and where, and the period or date that frames the numbers. */
  subtitle: string;
  /**
   * Original publishers first, each linked to its report as published, then who republished them,
   * then a link to the sentence each report states the figures in, on this site's source reader.
   */
  source: Run[];
  /** "Chart: <the chart on its page here> · Licence: <CC BY 4.0> · Data version: …" */
  credit: Run[];
}

/**
 * The data version for people: "bengbu 0.1.0, hefei 0.1.0"; past MAX_NAMED packages, the first
 * MAX_NAMED and how many more (the pinned embed's address still pins every one of them).
 */
export function versionLabel(packages: ChartEntry['packages'], lang: Lang = 'en'): string {
  const all = [...packages].map((p) => `${p.name.replace(/^@[^/]+\//, '')} ${p.version}`).sort();
  if (all.length <= MAX_NAMED) return all.join(', ');
  return [...all.slice(0, MAX_NAMED), T[lang].moreVersions(all.length - MAX_NAMED)].join(', ');
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
      `${ui(lang).reportedBy(reported, rows.length)}${t.fullStop}`,
      ...(differ ? [t.periodsDiffer] : []),
    ].join(t.sentenceSep);
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

/**
 * The source paragraph: each report linked, who republished them, and each quoted sentence. An
 * indicator across many cities names the first MAX_NAMED reports and links the rest to the
 * chart's page (its table links every city's figure and source): 300 credits made a 13,000 px embed.
 */
function sourceRuns(entry: ChartEntry, lang: Lang, url: (path: string) => string): Run[] {
  const t = T[lang];
  const runs: Run[] = [{ text: t.source }];
  const named = entry.sources.slice(0, MAX_NAMED);
  const rest = entry.sources.length - named.length;
  named.forEach((s, i) => {
    if (i > 0) runs.push({ text: t.creditSep });
    runs.push({ text: s.credit[lang], href: s.report });
  });
  if (rest > 0) {
    runs.push({ text: t.creditSep });
    runs.push({
      text: t.moreReports(rest),
      href: url(`${localePath(lang, entry.pagePath)}#${entry.id}`),
    });
  }
  const via = [...new Set(named.map((s) => s.via))];
  if (via.length > 0) runs.push({ text: t.via(via) });
  runs.push({ text: t.sep });
  const quote = (s: ChartEntry['sources'][number]) => url(links.quote(lang, s.figure));
  if (entry.sources.length === 1) {
    runs.push({ text: t.quote, href: quote(entry.sources[0]!) });
    return runs;
  }
  // Several reports (an indicator across cities): one link per report, named by its city.
  runs.push({ text: t.quotes });
  named.forEach((s, i) => {
    if (i > 0) runs.push({ text: t.citySep });
    runs.push({ text: getDataset(s.city).city.name[lang], href: quote(s) });
  });
  return runs;
}

/**
 * The words of a chart's embed page in a language. Links are absolute, on `site` (Astro.site: the
 * configured public address), so that they lead to the site whatever page the frame sits in.
 */
export function embedText(
  entry: ChartEntry,
  lang: Lang,
  title: string,
  site: URL | string,
): EmbedText {
  const t = T[lang];
  const url = (path: string) => new URL(path, site).href;
  return {
    title,
    subtitle: subtitle(entry, title, lang),
    source: sourceRuns(entry, lang, url),
    credit: [
      { text: t.chartBy },
      { text: ui(lang).siteName, href: url(`${localePath(lang, entry.pagePath)}#${entry.id}`) },
      { text: `${t.sep}${t.licence}` },
      { text: 'CC BY 4.0', href: LICENCE_URL[lang], rel: 'license' },
      {
        text: `${t.sep}${t.version(versionLabel(entry.packages, lang))}`,
        className: 'sj-embed-version',
      },
    ],
  };
}

/** A paragraph's text, as a reader sees it. */
export function plainText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** A paragraph as HTML: every link opens in a new tab, without handing over the host's window. */
export function runsHtml(runs: readonly Run[]): string {
  return runs
    .map((r) => {
      const text = escapeHtml(r.text);
      if (r.href !== undefined) {
        const rel = r.rel ? `${r.rel} noopener` : 'noopener';
        return `<a href="${escapeHtml(r.href)}" target="_blank" rel="${rel}">${text}</a>`;
      }
      return r.className ? `<span class="${escapeHtml(r.className)}">${text}</span>` : text;
    })
    .join('');
}

/** The footer's paragraphs as plain text, as the embed page shows them (for its height estimate). */
export function footerText(t: EmbedText): string[] {
  return [plainText(t.source), plainText(t.credit)];
}

/** The words of the "Embed" offer under every chart on the site. */
export const EMBED_CODE_TEXT = strings({
  zh: {
    summary: '嵌入',
    intro: '把下面的代码粘贴到网页中即可嵌入此图表,不需要脚本。',
    latest: '最新数据(数据更新后,嵌入的图表随之更新)',
    pinned: (v: string) => `此数据版本(永不改变:${v})`,
    script:
      '可选:在页面中加入一次此脚本,各嵌入图表的高度会自动贴合内容。不加也能完整显示:固定高度足以容纳 300 像素及以上宽度的版面。',
    options:
      '网址选项:默认浅色;?theme=dark 深色;?theme=auto 跟随读者的系统设置;?lang=en 英文版(英文版更高,固定高度不够时请改用英文页面上的代码);?plain=1 只显示标题、图表和来源。',
    preview: '打开嵌入页面',
    copy: '复制',
    copied: '已复制',
    copyFailed: '未能自动复制:代码已选中,请用键盘复制。',
  },
  en: {
    summary: 'Embed',
    intro: 'Paste this code into a web page to embed the chart; no script is needed.',
    latest: 'Latest data (the embedded chart follows data updates)',
    pinned: (v: string) => `This data version (never changes: ${v})`,
    script:
      'Optional: add this script once per page and every embedded chart fits its height to its content. Without it the fixed height holds the whole chart in any column 300 px wide or wider.',
    options:
      "URL options: light by default; ?theme=dark for dark; ?theme=auto to follow the reader's system setting; ?lang=zh for Chinese; ?plain=1 for the title, chart and source only.",
    preview: 'Open the embed page',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy automatically: the code is selected, copy it with your keyboard.',
  },
});

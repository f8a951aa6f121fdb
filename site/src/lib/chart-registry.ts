import type { LocalizedText } from '@shuangjian/schema';
import { indicatorByCity, ratePartToWhole } from '../charts';
import type { ChartOutput } from '../charts';
import type { Lang } from '../i18n/lang';
import { links } from './links';
import { DATASETS, INDICATORS, comparison, getDataset } from './site-data';

/** One chart of the site, with what embeds, images and citations need to know about it. */
export interface ChartEntry {
  /** Stable id, the same in both languages (e.g. "indicator-enforcement-personnel-dispatched"). */
  id: string;
  kind: 'indicator' | 'city';
  /** The page the chart appears on (language-neutral path). */
  pagePath: string;
  /** City slug for a city chart; null for an indicator chart. */
  city: string | null;
  /** The report section a city chart belongs to; null for an indicator chart. */
  section: { source: string; number: number } | null;
  /** The packages whose data the chart draws, with their versions: the chart's data version. */
  packages: { name: string; version: string }[];
  /** The original publishers credited in the chart's source line. */
  credits: LocalizedText[];
  /** The chart itself in a language. */
  render(lang: Lang): ChartOutput;
}

function credit(slug: string): LocalizedText {
  const s = getDataset(slug).sources[0]!;
  const cut = (t: string) => t.split(/[(\uFF08]/)[0]!.trim();
  return { zh: `${cut(s.author.zh)}《${s.title.zh}》`, en: `${cut(s.author.en)}, “${s.title.en}”` };
}

const pkg = (slug: string) => {
  const d = getDataset(slug);
  return { name: d.name, version: d.version };
};

// The data is fixed for a build, so charts are drawn once per language and listed once: pages,
// embeds and image files all ask for the same charts (without this, a build at 300 cities spent
// most of its time laying out the same chart text again).
const cityChartCache = new Map<string, readonly ChartEntry[]>();
const indicatorChartCache = new Map<string, ChartEntry>();
let everyChart: readonly ChartEntry[] | undefined;

/** render, computed once per language. */
function once(render: (lang: Lang) => ChartOutput): (lang: Lang) => ChartOutput {
  const drawn = new Map<Lang, ChartOutput>();
  return (lang) => {
    let out = drawn.get(lang);
    if (!out) {
      out = render(lang);
      drawn.set(lang, out);
    }
    return out;
  };
}

/**
 * The charts of one city page, in page order: the part-to-whole chart of each stated rate. Figures
 * that merely share a unit are not charted together (see charts/like-with-like.ts): the page shows
 * them as figure cards.
 */
export function cityCharts(slug: string): readonly ChartEntry[] {
  let entries = cityChartCache.get(slug);
  if (!entries) {
    entries = listCityCharts(slug);
    cityChartCache.set(slug, entries);
  }
  return entries;
}

function listCityCharts(slug: string): ChartEntry[] {
  const d = getDataset(slug);
  const entries: ChartEntry[] = [];
  const base = {
    kind: 'city' as const,
    pagePath: links.city('zh', slug),
    city: slug,
    packages: [pkg(slug)],
    credits: [credit(slug)],
  };
  for (const source of d.sources) {
    for (const section of source.sections) {
      const at = { section: { source: source.id, number: section.number } };
      for (const rate of d.figures.filter(
        (f) => f.source === source.id && f.section === section.number && f.formula !== null,
      )) {
        const render = once((lang) =>
          ratePartToWhole({ rate, figures: d.figures, city: d.city, lang })!,
        );
        const probe = ratePartToWhole({ rate, figures: d.figures, city: d.city, lang: 'zh' });
        if (probe) entries.push({ ...base, ...at, id: probe.id, render });
      }
    }
  }
  return entries;
}

/** The comparison chart of an indicator. */
export function indicatorChart(indicatorId: string): ChartEntry {
  let entry = indicatorChartCache.get(indicatorId);
  if (!entry) {
    entry = makeIndicatorChart(indicatorId);
    indicatorChartCache.set(indicatorId, entry);
  }
  return entry;
}

function makeIndicatorChart(indicatorId: string): ChartEntry {
  const indicator = INDICATORS.find((i) => i.id === indicatorId)!;
  const rows = comparison(indicatorId);
  const cities = rows.filter((r) => r.reported).map((r) => r.city.slug);
  const render = once((lang) => indicatorByCity({ indicator, rows, lang }));
  return {
    id: render('zh').id,
    kind: 'indicator',
    pagePath: links.indicator('zh', indicatorId),
    city: null,
    section: null,
    packages: [...DATASETS.map((d) => ({ name: d.name, version: d.version }))],
    credits: cities.map(credit),
    render,
  };
}

/** Every chart of the site: the indicator charts, then each city's. */
export function allCharts(): readonly ChartEntry[] {
  everyChart ??= [
    ...INDICATORS.map((i) => indicatorChart(i.id)),
    ...DATASETS.flatMap((d) => cityCharts(d.city.slug)),
  ];
  return everyChart;
}

/** The charts of one section of a city's report. */
export function sectionCharts(slug: string, sourceId: string, sectionNumber: number): ChartEntry[] {
  return cityCharts(slug).filter(
    (c) => c.section?.source === sourceId && c.section.number === sectionNumber,
  );
}

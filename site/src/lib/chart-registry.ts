import type { Figure, LocalizedText, SourceWithText } from '@shuangjian/schema';
import { indicatorByCity, ratePartToWhole } from '../charts';
import { parseRateFormula, rateChartId } from '../charts/rate-part-to-whole';
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
  /** The original publishers credited in the chart's source line (sources[i].credit). */
  credits: LocalizedText[];
  /** The reports the chart's figures come from, in the order of its figures. */
  sources: ChartSource[];
  /** The chart itself in a language. */
  render(lang: Lang): ChartOutput;
}

/** A report a chart draws from, and the first of the chart's figures that it states. */
export interface ChartSource {
  /** Publisher and title, as the source line credits them. */
  credit: LocalizedText;
  /** The city the report speaks for. */
  city: string;
  /** The report as published: the copy its text was taken from (republication.url). */
  report: string;
  /** Who published that copy. */
  via: string;
  /** The chart's first figure from this report: its sentence is the one an embed links to. */
  figure: Pick<Figure, 'city' | 'id'>;
}

function credit(s: SourceWithText): LocalizedText {
  const cut = (t: string) => t.split(/[(\uFF08]/)[0]!.trim();
  return { zh: `${cut(s.author.zh)}《${s.title.zh}》`, en: `${cut(s.author.en)}, “${s.title.en}”` };
}

/** The reports of the figures a chart draws, each once, in the order of the figures. */
function sourcesOf(figures: readonly Figure[]): ChartSource[] {
  const seen = new Map<string, ChartSource>();
  for (const f of figures) {
    const key = `${f.city}|${f.source}`;
    if (seen.has(key)) continue;
    const s = getDataset(f.city).sources.find((x) => x.id === f.source);
    if (!s) throw new Error(`figure ${f.city}/${f.id}: no source "${f.source}"`);
    seen.set(key, {
      credit: credit(s),
      city: f.city,
      report: s.republication.url,
      via: s.republication.publisher,
      figure: { city: f.city, id: f.id },
    });
  }
  if (seen.size === 0) throw new Error('a chart draws no figure');
  return [...seen.values()];
}

/** sources and credits of a chart drawing these figures. */
function attributed(figures: readonly Figure[]): Pick<ChartEntry, 'sources' | 'credits'> {
  const sources = sourcesOf(figures);
  return { sources, credits: sources.map((s) => s.credit) };
}

/** The figures a rate chart draws: the rate, then the whole and the part its formula names. */
function rateFigures(rate: Figure, figures: readonly Figure[]): Figure[] {
  const f = parseRateFormula(rate.formula);
  const ids = !f ? [] : f.shape === 'reduced' ? [f.whole, f.remainder] : [f.whole, f.part];
  return [rate, ...ids.flatMap((id) => figures.filter((x) => x.id === id && x.city === rate.city))];
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
        if (probe)
          entries.push({
            ...base,
            ...at,
            ...attributed(rateFigures(rate, d.figures)),
            id: probe.id,
            render,
          });
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
  const figures = rows.flatMap((r) => (r.reported ? [r.figure] : []));
  const render = once((lang) => indicatorByCity({ indicator, rows, lang }));
  return {
    id: render('zh').id,
    kind: 'indicator',
    pagePath: links.indicator('zh', indicatorId),
    city: null,
    section: null,
    packages: [...DATASETS.map((d) => ({ name: d.name, version: d.version }))],
    ...attributed(figures),
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

/** The part-to-whole chart of a stated rate, or undefined when its counts make none. */
export function rateChart(rate: Figure): ChartEntry | undefined {
  if (rate.formula === null) return undefined;
  return cityCharts(rate.city).find((c) => c.id === rateChartId(rate));
}

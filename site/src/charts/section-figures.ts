import { UNITS, type City, type Figure, type LocalizedText, type Unit } from '@shuangjian/schema';
import { describePeriod } from '@shuangjian/indicators';
import { layoutBarRows, renderBarRows, type BarLayout, type BarSpec } from './lib/bar-rows';
import { formatBaseValue, formatValue } from '../lib/format';
import { list, periodTag } from './lib/format';
import { chartOutput } from './lib/chart-output';
import type { ChartOutput, Lang } from './lib/types';

/** Figures of one report section that share a unit: one chart. */
export interface SectionGroup {
  source: string;
  section: number;
  unit: Unit;
  figures: Figure[];
}

/**
 * The (source, section, unit) groups that hold two or more figures, in source order. Percent
 * figures are left out: rates of different bases are not comparable as bars.
 */
export function sectionChartGroups(figures: readonly Figure[]): SectionGroup[] {
  const groups = new Map<string, SectionGroup>();
  for (const f of figures) {
    if (f.unit === 'percent') continue;
    const key = `${f.source}|${f.section}|${f.unit}`;
    const group = groups.get(key) ?? {
      source: f.source,
      section: f.section,
      unit: f.unit,
      figures: [],
    };
    group.figures.push(f);
    groups.set(key, group);
  }
  return [...groups.values()].filter((g) => g.figures.length >= 2);
}

export interface SectionSeriesRow {
  key: string;
  label: string;
  value: number;
  qualifier: Figure['qualifier'];
  /** "1700余人次", "≥ 1,700 person-times": the reader's format, as on the bar. */
  valueText: string;
  /** The same in words, for the summary: "at least 1,700 person-times". */
  valueWords: string;
  /** The exact base-unit value for the data table: "≥1,700 人次". */
  valueExact: string;
  period: string;
  periodFull: string;
}

export interface SectionSeries {
  id: string;
  lang: Lang;
  title: string;
  city: string;
  heading: string;
  /** "“…”部分" / "the part headed “…”", or "第1部分" / "section 1" without a heading. */
  part: string;
  unitName: string;
  rows: SectionSeriesRow[];
  showPeriods: boolean;
  notes: string[];
}

const T = {
  zh: {
    heading: (n: number) => (n === 0 ? '导语' : `第${n}部分`),
    title: (city: string, heading: string, unit: string) => `${city}:${heading}(单位:${unit})`,
    part: (heading: string, given: boolean) => (given ? `“${heading}”部分` : heading),
    lowerBound: '下限:原文写作“余”或“多”,实际数不少于此值;条形末端开口。',
    approx: '约:原文为约数(“约”“左右”)。',
    nearly: '近:原文为“近”“将近”,实际数略少于所示数值。',
    periods: '各项统计期间不同(见各项标注)。',
    head: ['数字', '数值', '统计期间'],
  },
  en: {
    heading: (n: number) => (n === 0 ? 'Lead paragraph' : `Section ${n}`),
    title: (city: string, heading: string, unit: string) => `${city}: ${heading} (${unit})`,
    part: (heading: string, given: boolean) =>
      given
        ? `the part headed “${heading}”`
        : heading === 'Lead paragraph'
          ? 'the lead paragraph'
          : heading.toLowerCase(),
    lowerBound:
      '≥ lower bound (written 余 or 多): the true number is at least this; the bar is open-ended.',
    approx: '≈ approximate (written 约 or 左右).',
    nearly: 'nearly: written 近 or 将近, the true number is a little below the value shown.',
    periods: 'The figures cover different periods (shown after each label).',
    head: ['Figure', 'Value', 'Period'],
  },
} as const;

/** The group's figures as chart data, in source order. */
export function toSeries(input: {
  city: City;
  group: SectionGroup;
  heading?: LocalizedText;
  lang: Lang;
}): SectionSeries {
  const { city, group, lang } = input;
  const t = T[lang];
  const heading = input.heading?.[lang] ?? t.heading(group.section);
  const unitName = UNITS[group.unit][lang];
  const rows = group.figures.map((f): SectionSeriesRow => {
    if (f.unit !== group.unit || f.section !== group.section || f.source !== group.source)
      throw new Error(
        `section-figures: ${f.global_id} is not in group ${group.source}/${group.section}/${group.unit}`,
      );
    const parts = { value: f.value, qualifier: f.qualifier, unit: f.unit, raw: f.raw };
    return {
      key: f.id,
      label: f.label[lang],
      value: f.value,
      qualifier: f.qualifier,
      valueText: formatValue(parts, lang),
      valueWords: formatValue(parts, lang, { words: true }),
      valueExact: formatBaseValue(parts, lang),
      period: periodTag(f.period, lang),
      periodFull: describePeriod(f.period)[lang],
    };
  });
  const periods = new Set(group.figures.map((f) => `${f.period.wording}|${f.period.kind}`));
  const showPeriods = periods.size > 1;
  const notes: string[] = [];
  if (rows.some((r) => r.qualifier === 'at_least')) notes.push(t.lowerBound);
  if (rows.some((r) => r.qualifier === 'approx')) notes.push(t.approx);
  if (rows.some((r) => r.qualifier === 'nearly')) notes.push(t.nearly);
  if (showPeriods) notes.push(t.periods);
  return {
    id: `section-${group.source}-${group.section}-${group.unit.toLowerCase()}`,
    lang,
    title: t.title(city.name[lang], heading, unitName),
    city: city.name[lang],
    heading,
    part: t.part(heading, input.heading !== undefined),
    unitName,
    rows,
    showPeriods,
    notes,
  };
}

/** Bars and text positions in viewBox units. */
export function layout(series: SectionSeries): BarLayout {
  const specs = series.rows.map((r): BarSpec => ({
    key: r.key,
    label: series.showPeriods ? `${r.label} · ${r.period}` : r.label,
    value: r.value,
    kind: r.qualifier,
    valueLabel: r.valueText,
  }));
  return layoutBarRows(specs, { notes: series.notes, lang: series.lang });
}

/** A text alternative: what is shown, the extremes, every value, and the caveats. */
export function summarize(series: SectionSeries): string {
  const zh = series.lang === 'zh';
  const sorted = [...series.rows].sort((a, b) => b.value - a.value);
  const [hi, lo] = [sorted[0]!, sorted.at(-1)!];
  const lowerBounds = series.rows.filter((r) => r.qualifier === 'at_least').map((r) => r.label);
  const s = [
    zh
      ? `条形图:${series.city}报告${series.part}中以“${series.unitName}”计的${series.rows.length}项数字。`
      : `Bar chart of the ${series.rows.length} figures in ${series.unitName} in ${series.part} of ${series.city}'s report.`,
    zh
      ? `最大为${hi.label}(${hi.valueWords}),最小为${lo.label}(${lo.valueWords})。`
      : `Largest: ${hi.label} (${hi.valueWords}); smallest: ${lo.label} (${lo.valueWords}).`,
    zh
      ? `各项:${series.rows.map((r) => `${r.label}为${r.valueWords}`).join(';')}。`
      : `All values: ${series.rows.map((r) => `${r.label}: ${r.valueWords}`).join('; ')}.`,
  ];
  if (lowerBounds.length > 0)
    s.push(zh ? `下限:${list(lowerBounds, 'zh')}。` : `Lower bounds: ${list(lowerBounds, 'en')}.`);
  if (series.showPeriods)
    s.push(zh ? '各项统计期间不同。' : 'The figures cover different periods.');
  return s.join(zh ? '' : ' ');
}

/** A chart of one section's figures that share a unit (see sectionChartGroups). */
export function sectionFigures(input: {
  city: City;
  group: SectionGroup;
  /** The section heading from the source; "第n部分" / "Section n" without it. */
  heading?: LocalizedText;
  lang?: Lang;
}): ChartOutput {
  const lang = input.lang ?? 'zh';
  const series = toSeries({ ...input, lang });
  const placed = layout(series);
  const summary = summarize(series);
  return chartOutput({
    id: series.id,
    title: series.title,
    summary,
    lang,
    size: placed,
    body: renderBarRows(placed),
    head: [...T[lang].head],
    rows: series.rows.map((r) => [r.label, r.valueExact, r.periodFull]),
  });
}

import { UNITS, type Indicator, type Qualifier, type Unit } from '@shuangjian/schema';
import { describePeriod, type CaveatCode, type ComparisonRow } from '@shuangjian/indicators';
import { layoutBarRows, renderBarRows, type BarLayout, type BarSpec } from './lib/bar-rows';
import { formatBaseValue, formatValue } from '../lib/format';
import { list, periodTag, sentenceCase } from './lib/format';
import { chartOutput } from './lib/chart-output';
import { barRowsHtml } from './lib/html';
import { strings } from '../i18n/strings';
import type { ChartOutput, Lang } from './lib/types';

/** One city of the comparison, as data: no pixels. */
export interface CitySeriesRow {
  key: string;
  city: string;
  /** null when the city does not report the indicator. */
  value: number | null;
  qualifier: Qualifier | null;
  unit: Unit | null;
  /** "1700余人次", "≥ 1,700 person-times", or "未报告" / "not reported"; no footnote marks. */
  valueText: string;
  /** The same in words, for the summary: "at least 1,700 person-times". */
  valueWords: string;
  /** The exact base-unit value for the data table: "≥1,700 人次", or "未报告" / "not reported". */
  valueExact: string;
  /** Short period tag ("今年以来", "cumulative"), or null if not reported. */
  period: string | null;
  /** Full period description for the table. */
  periodFull: string | null;
  unitDiffers: boolean;
  /** The measure word as the source writes it ("所"). */
  unitWritten: string | null;
  caveats: CaveatCode[];
  caveatText: string;
}

export interface IndicatorSeries {
  id: string;
  lang: Lang;
  title: string;
  indicatorName: string;
  rows: CitySeriesRow[];
  /** True when periods differ or are not stated: every bar's label then carries its period. */
  showPeriods: boolean;
  notes: string[];
}

const T = strings({
  zh: {
    notReported: '未报告',
    title: (name: string) => `各市比较:${name}`,
    lowerBound: '下限:原文写作“余”或“多”,实际数不少于此值;条形末端开口。',
    approx: '约:原文为约数(“约”“左右”)。',
    nearly: '近:原文为“近”“将近”,实际数略少于所示数值。',
    periods: '各市统计期间不同(见各市名称后的标注),数值不宜直接比较。',
    unit: (city: string, unit: Unit, written: string, ind: Unit) =>
      `† ${city}以“${UNITS[unit].zh}”计(原文“${written}”),本指标以“${UNITS[ind].zh}”计。`,
    missing: (cities: string[]) => `未报告:${list(cities, 'zh')}的报告未提供此项数据(不是零)。`,
    head: ['城市', '数值', '统计期间', '说明'],
    sep: ';',
    capped: (shown: number, reported: number, total: number) =>
      `图中为数值最大的${shown}个城市(共${total}个城市,其中${reported}个报告此项);下表列出全部城市。`,
    cappedLead: (name: string, shown: number, total: number) =>
      `条形图,显示${total}个城市中“${name}”数值最大的${shown}个城市。`,
    cappedName: (name: { zh: string; en: string }) => name.zh,
    moreMissing: (missing: number) => `另有${missing}个城市未报告此项(不是零)。`,
    // The text alternative (summarize).
    lead: (cities: number, name: string) => `条形图,比较${cities}个城市的“${name}”。`,
    period: (period: string) => `(${period})`,
    row: (r: CitySeriesRow, period: string) =>
      r.value === null ? `${r.city}未报告` : `${r.city}为${r.valueWords}${period}`,
    rows: (each: string[]) => `${each.join(';')}。`,
    extremes: (hi: string, lo: string) => `最大为${hi},最小为${lo}。`,
    lowerBounds: (cities: string) => `${cities}的数值为下限(原文写作“余”或“多”)。`,
    approximate: (cities: string) => `${cities}的数值为约数。`,
    nearlyCities: (cities: string) => `${cities}的数值接近而略少于所示值(原文写作“近”)。`,
    periodsDiffer: '各市统计期间不同,不宜直接比较。',
    unitDiffers: (city: string) => `${city}的计量单位与本指标不同。`,
    notReportedCities: (cities: string[]) => `未报告(不是零):${list(cities, 'zh')}。`,
    sentenceSep: '',
  },
  en: {
    notReported: 'not reported',
    title: (name: string) => `${name}, by city`,
    lowerBound:
      '≥ lower bound (written 余 or 多): the true number is at least this; the bar is open-ended.',
    approx: '≈ approximate (written 约 or 左右).',
    nearly: 'nearly: written 近 or 将近, the true number is a little below the value shown.',
    periods: 'The cities report different periods (shown after each name); compare with care.',
    unit: (city: string, unit: Unit, written: string, ind: Unit) =>
      `† ${city} counts ${UNITS[unit].en} (written ${written}); the indicator counts ${UNITS[ind].en}.`,
    missing: (cities: string[]) =>
      `Not reported: ${list(cities, 'en')} ${cities.length > 1 ? 'give' : 'gives'} no figure for this (not zero).`,
    head: ['City', 'Value', 'Period', 'Notes'],
    sep: '; ',
    capped: (shown: number, reported: number, total: number) =>
      `The chart shows the ${shown} largest of ${reported} reporting cities (${total} in all); the table lists every city.`,
    cappedLead: (name: string, shown: number, total: number) =>
      `Bar chart of the ${shown} cities with the largest ${name} of ${total} cities.`,
    cappedName: (name: { zh: string; en: string }) => sentenceCase(name.en),
    moreMissing: (missing: number) => ` ${missing} more cities do not report it (not zero).`,
    lead: (cities: number, name: string) =>
      `Bar chart comparing ${sentenceCase(name)} across ${cities} cities.`,
    period: (period: string) => ` (${period})`,
    row: (r: CitySeriesRow, period: string) => `${r.city}: ${r.valueWords}${period}`,
    rows: (each: string[]) => `${each.join('; ')}.`,
    extremes: (hi: string, lo: string) => `Largest: ${hi}; smallest: ${lo}.`,
    lowerBounds: (cities: string) => `Lower bounds (written 余 or 多): ${cities}.`,
    approximate: (cities: string) => `Approximate: ${cities}.`,
    nearlyCities: (cities: string) => `Just under the value shown (written 近): ${cities}.`,
    periodsDiffer: 'The periods differ; compare with care.',
    unitDiffers: (city: string) => `${city} counts a different unit from the indicator.`,
    notReportedCities: (cities: string[]) => `Not reported (not zero): ${list(cities, 'en')}.`,
    sentenceSep: ' ',
  },
});

/** The comparison rows as chart data in one language. */
export function toSeries(
  indicator: Indicator,
  rows: readonly ComparisonRow[],
  lang: Lang,
): IndicatorSeries {
  const t = T[lang];
  const codes = (r: ComparisonRow) => r.caveats.map((c) => c.code);
  const seriesRows = rows.map((r): CitySeriesRow => {
    const base = {
      key: r.city.slug,
      city: r.city.name[lang],
      caveats: codes(r),
      caveatText: r.caveats.map((c) => c.message[lang]).join(t.sep),
    };
    if (!r.reported)
      return {
        ...base,
        value: null,
        qualifier: null,
        unit: null,
        valueText: t.notReported,
        valueWords: t.notReported,
        valueExact: t.notReported,
        period: null,
        periodFull: null,
        unitDiffers: false,
        unitWritten: null,
      };
    const parts = {
      value: r.value,
      qualifier: r.qualifier,
      unit: r.unit,
      raw: r.figure.raw,
    };
    const unitDiffers = base.caveats.includes('unit_differs');
    return {
      ...base,
      value: r.value,
      qualifier: r.qualifier,
      unit: r.unit,
      valueText: formatValue(parts, lang),
      valueWords: formatValue(parts, lang, { words: true }),
      valueExact: formatBaseValue(parts, lang),
      period: periodTag(r.period, lang),
      periodFull: describePeriod(r.period)[lang],
      unitDiffers,
      unitWritten: r.figure.unit_zh,
    };
  });
  const has = (code: CaveatCode) => seriesRows.some((r) => r.caveats.includes(code));
  const notes: string[] = [];
  if (has('lower_bound')) notes.push(t.lowerBound);
  if (has('approximate')) notes.push(t.approx);
  if (has('nearly')) notes.push(t.nearly);
  if (has('periods_differ')) notes.push(t.periods);
  for (const r of seriesRows)
    if (r.unitDiffers && r.unit) notes.push(t.unit(r.city, r.unit, r.unitWritten!, indicator.unit));
  const missing = seriesRows.filter((r) => r.value === null).map((r) => r.city);
  if (missing.length > 0) notes.push(t.missing(missing));
  return {
    id: `indicator-${indicator.id.replace(/\./g, '-')}`,
    lang,
    title: t.title(indicator.name[lang]),
    indicatorName: indicator.name[lang],
    rows: seriesRows,
    showPeriods: has('periods_differ') || has('period_unspecified'),
    notes,
  };
}

/** Row label: the city, and its period when periods differ. */
export function rowLabel(series: IndicatorSeries, row: CitySeriesRow): string {
  return series.showPeriods && row.period ? `${row.city} · ${row.period}` : row.city;
}

/** One bar per city, before layout. */
export function barSpecs(series: IndicatorSeries): BarSpec[] {
  return series.rows.map((r): BarSpec => ({
    key: r.key,
    label: rowLabel(series, r),
    value: r.value,
    kind: r.qualifier ?? 'not_reported',
    valueLabel: r.unitDiffers ? `${r.valueText} †` : r.valueText,
  }));
}

/** Bars and text positions in viewBox units. */
export function layout(series: IndicatorSeries): BarLayout {
  return layoutBarRows(barSpecs(series), {
    notes: series.notes,
    strongLabels: true,
    lang: series.lang,
  });
}

/**
 * A text alternative: every value, the extremes, the caveats and who does not report. `lead`
 * replaces the first sentence (for a chart that draws only some of the cities).
 */
export function summarize(series: IndicatorSeries, lead?: string): string {
  const t = T[series.lang];
  const reported = series.rows.filter((r) => r.value !== null);
  const cities = (code: CaveatCode) =>
    list(
      series.rows.filter((r) => r.caveats.includes(code)).map((r) => r.city),
      series.lang,
    );
  const has = (code: CaveatCode) => series.rows.some((r) => r.caveats.includes(code));
  const each = series.rows.map((r) => {
    const period = series.showPeriods && r.period ? t.period(r.period) : '';
    return t.row(r, period);
  });
  const s = [lead ?? t.lead(series.rows.length, series.indicatorName), t.rows(each)];
  if (reported.length >= 2) {
    const sorted = [...reported].sort((a, b) => b.value! - a.value!);
    const [hi, lo] = [sorted[0]!, sorted.at(-1)!];
    s.push(t.extremes(hi.city, lo.city));
  }
  if (has('lower_bound')) s.push(t.lowerBounds(cities('lower_bound')));
  if (has('approximate')) s.push(t.approximate(cities('approximate')));
  if (has('nearly')) s.push(t.nearlyCities(cities('nearly')));
  if (has('periods_differ')) s.push(t.periodsDiffer);
  for (const r of series.rows.filter((x) => x.unitDiffers)) s.push(t.unitDiffers(r.city));
  const missing = series.rows.filter((r) => r.value === null).map((r) => r.city);
  if (missing.length > 0) s.push(t.notReportedCities(missing));
  return s.join(t.sentenceSep);
}

/** Above this many cities the chart draws the largest values only; its table keeps every city. */
export const MAX_BARS = 30;

/**
 * The cross-city comparison for one indicator, rows in the order given. With more than MAX_BARS
 * cities (a chart of hundreds of bars is unreadable and too tall to embed), the chart draws the
 * MAX_BARS largest values, largest first, and says so in a note and its summary.
 */
export function indicatorByCity(input: {
  indicator: Indicator;
  rows: readonly ComparisonRow[];
  lang?: Lang;
}): ChartOutput {
  const lang = input.lang ?? 'zh';
  const all = toSeries(input.indicator, input.rows, lang);
  let series = all;
  let summary: string;
  if (input.rows.length <= MAX_BARS) summary = summarize(series);
  else {
    const t = T[lang];
    const reported = input.rows.filter((r) => r.reported);
    // Array.prototype.sort is stable: equal values keep the display order of the cities.
    const largest = [...reported].sort((a, b) => b.value - a.value).slice(0, MAX_BARS);
    const drawn = toSeries(input.indicator, largest, lang);
    const note = t.capped(largest.length, reported.length, input.rows.length);
    series = { ...drawn, notes: [note, ...drawn.notes] };
    summary = summarize(
      drawn,
      t.cappedLead(t.cappedName(input.indicator.name), largest.length, input.rows.length),
    );
    const missing = all.rows.length - reported.length;
    if (missing > 0) summary += t.moreMissing(missing);
  }
  const placed = layout(series);
  return chartOutput({
    id: series.id,
    title: series.title,
    summary,
    lang,
    size: placed,
    body: renderBarRows(placed),
    html: barRowsHtml(barSpecs(series), { notes: series.notes, strongLabels: true }),
    head: [...T[lang].head],
    rows: all.rows.map((r) => [r.city, r.valueExact, r.periodFull ?? '—', r.caveatText]),
  });
}

// One city's figures of an indicator from each of its reports, oldest first: a compact HTML chart
// (one bar per report, labelled by the report's date) for the "Over time" sections of the city and
// indicator pages. Drawn only when the reports share a scale (one unit, one stated kind of period:
// lib/series.ts); otherwise the page shows the table alone and says why (noScaleText).
import { PERIOD_KINDS, describePeriod } from '@shuangjian/indicators';
import { UNITS, type Indicator, type Qualifier, type Unit } from '@shuangjian/schema';
import { strings } from '../i18n/strings';
import { formatValue } from '../lib/format';
import type { CitySeries, NoSharedScale } from '../lib/series';
import type { BarSpec } from './lib/bar-rows';
import { list, sentenceCase } from './lib/format';
import { barRowsHtml, htmlDocument } from './lib/html';
import type { Lang } from './lib/types';

/** One report's figure, as data: no pixels. */
export interface ReportRow {
  /** The figure's id (unique within the city). */
  key: string;
  /** The report's date ("2024-09-27"), or its id where the date is unknown. */
  date: string;
  value: number;
  qualifier: Qualifier;
  unit: Unit;
  /** "4321余人次" / "≥ 4,321 person-times". */
  valueText: string;
  /** The same in words, for the summary: "at least 4,321 person-times". */
  valueWords: string;
  /** "今年以来" / "this year so far". */
  period: string;
}

export interface OverTimeSeries {
  id: string;
  lang: Lang;
  title: string;
  city: string;
  indicatorName: string;
  rows: ReportRow[];
  notes: string[];
}

const T = strings({
  zh: {
    title: (city: string, name: string) => `${city}各份报告的${name}`,
    lead: (city: string, name: string, n: number) =>
      `条形图,按报告日期从早到晚列出${city}${n}份报告中的“${name}”:`,
    row: (r: ReportRow) => `${r.date}的报告为${r.valueWords}(${r.period})`,
    rows: (each: string[]) => `${each.join(';')}。`,
    lowerBound: '下限:原文写作“余”或“多”,实际数不少于此值;条形末端开口。',
    approx: '约:原文为约数(“约”“左右”)。',
    nearly: '近:原文为“近”“将近”,实际数略少于所示数值。',
    ownPeriod: '每个数值的统计期间以其所在报告为准(见下表)。',
    lowerBounds: (dates: string) => `${dates}的数值为下限(原文写作“余”或“多”)。`,
    approximate: (dates: string) => `${dates}的数值为约数。`,
    nearlyDates: (dates: string) => `${dates}的数值接近而略少于所示值(原文写作“近”)。`,
    sentenceSep: '',
    units: (units: string) => `各份报告的计量单位不同(${units}),数值不画在同一刻度上,见下表。`,
    kinds: (kinds: string) => `各份报告的统计期间类型不同(${kinds}),数值不画在同一刻度上,见下表。`,
    unstated: '有报告未说明统计期间,数值不画在同一刻度上,见下表。',
  },
  en: {
    title: (city: string, name: string) => `${name}, ${city}, report by report`,
    lead: (city: string, name: string, n: number) =>
      `Bar chart of ${sentenceCase(name)} in each of ${city}'s ${n} reports, oldest first:`,
    row: (r: ReportRow) => `${r.date} report: ${r.valueWords} (${r.period})`,
    rows: (each: string[]) => ` ${each.join('; ')}.`,
    lowerBound:
      '≥ lower bound (written 余 or 多): the true number is at least this; the bar is open-ended.',
    approx: '≈ approximate (written 约 or 左右).',
    nearly: 'nearly: written 近 or 将近, the true number is a little below the value shown.',
    ownPeriod: 'Each value covers the period its own report states (see the table).',
    lowerBounds: (dates: string) => `Lower bounds (written 余 or 多): ${dates}.`,
    approximate: (dates: string) => `Approximate: ${dates}.`,
    nearlyDates: (dates: string) => `Just under the value shown (written 近): ${dates}.`,
    sentenceSep: ' ',
    units: (units: string) =>
      `The reports count in different units (${units}), so their values share no scale: see the table.`,
    kinds: (kinds: string) =>
      `The reports' periods are of different kinds (${kinds}), so their values share no scale: see the table.`,
    unstated: 'A report does not state its period, so the values share no scale: see the table.',
  },
});

/** The chart's id: one per city and indicator. */
export function overTimeId(city: string, indicator: string): string {
  return `over-time-${city}-${indicator.replace(/\./g, '-')}`;
}

/** A city's series as chart data in one language. */
export function toSeries(indicator: Indicator, series: CitySeries, lang: Lang): OverTimeSeries {
  const t = T[lang];
  const city = series.city.name[lang];
  const rows = series.points.map(({ figure: f, source }): ReportRow => ({
    key: f.id,
    date: source.date ?? source.id,
    value: f.value,
    qualifier: f.qualifier,
    unit: f.unit,
    valueText: formatValue(f, lang),
    valueWords: formatValue(f, lang, { words: true }),
    period: describePeriod(f.period)[lang],
  }));
  const has = (q: Qualifier) => rows.some((r) => r.qualifier === q);
  const notes: string[] = [];
  if (has('at_least')) notes.push(t.lowerBound);
  if (has('approx')) notes.push(t.approx);
  if (has('nearly')) notes.push(t.nearly);
  notes.push(t.ownPeriod);
  return {
    id: overTimeId(series.city.slug, indicator.id),
    lang,
    title: t.title(city, indicator.name[lang]),
    city,
    indicatorName: indicator.name[lang],
    rows,
    notes,
  };
}

/** One bar per report, labelled by its date; a lower bound keeps its open tail. */
export function barSpecs(series: OverTimeSeries): BarSpec[] {
  return series.rows.map((r) => ({
    key: r.key,
    label: r.date,
    value: r.value,
    kind: r.qualifier,
    valueLabel: r.valueText,
  }));
}

/** A text alternative: every report's value and period, and how each value is known. */
export function summarize(series: OverTimeSeries): string {
  const t = T[series.lang];
  const dates = (q: Qualifier) =>
    list(
      series.rows.filter((r) => r.qualifier === q).map((r) => r.date),
      series.lang,
    );
  const has = (q: Qualifier) => series.rows.some((r) => r.qualifier === q);
  const s = [
    t.lead(series.city, series.indicatorName, series.rows.length) +
      t.rows(series.rows.map((r) => t.row(r))),
  ];
  if (has('at_least')) s.push(t.lowerBounds(dates('at_least')));
  if (has('approx')) s.push(t.approximate(dates('approx')));
  if (has('nearly')) s.push(t.nearlyDates(dates('nearly')));
  return s.join(t.sentenceSep);
}

/** The chart as a page shows it: title, summary and HTML (its root named and described). */
export interface OverTimeChart {
  id: string;
  title: string;
  summary: string;
  html: string;
}

/** The chart of a city's series; only for a series whose reports share a scale. */
export function indicatorOverTime(input: {
  indicator: Indicator;
  series: CitySeries;
  lang: Lang;
}): OverTimeChart {
  const series = toSeries(input.indicator, input.series, input.lang);
  const summary = summarize(series);
  return {
    id: series.id,
    title: series.title,
    summary,
    html: htmlDocument({
      id: series.id,
      title: series.title,
      desc: summary,
      body: barRowsHtml(barSpecs(series), { notes: series.notes }),
    }),
  };
}

/** Why the page shows a series as a table only. */
export function noScaleText(why: NoSharedScale, lang: Lang): string {
  const t = T[lang];
  switch (why.reason) {
    case 'units':
      return t.units(
        list(
          why.units.map((u) => UNITS[u][lang]),
          lang,
        ),
      );
    case 'period-kinds':
      return t.kinds(
        list(
          why.kinds.map((k) => PERIOD_KINDS[k][lang]),
          lang,
        ),
      );
    case 'period-unstated':
      return t.unstated;
  }
}

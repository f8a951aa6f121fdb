import { compare, getIndicator, type IndicatorId } from '@shuangjian/indicators';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { datasets, GRID, PERSONNEL } from '../lib/__fixtures__/series';
import { seriesOfRows, whyNoSharedScale, type CitySeries } from '../lib/series';
import {
  barSpecs,
  indicatorOverTime,
  noScaleText,
  overTimeId,
  summarize,
  toSeries,
} from './indicator-over-time';

const all = datasets();
const indicator = (id: string) => getIndicator(id as IndicatorId)!;
const seriesOf = (id: string, city: string): CitySeries =>
  seriesOfRows(id, compare(id as IndicatorId, all)).find((s) => s.city.slug === city)!;
// Values keep their unit with no-break spaces; compare them as plain text.
const sp = (s: string) => s.replace(/\u00A0/g, ' ');
const personnelA = () => seriesOf(PERSONNEL, 'city-a');

describe('indicator-over-time toSeries', () => {
  it('has one row per report, oldest first, dated by its report, valued as the site writes it', () => {
    const zh = toSeries(indicator(PERSONNEL), personnelA(), 'zh');
    expect(zh.id).toBe('over-time-city-a-enforcement-personnel-dispatched');
    expect(zh.rows.map((r) => [r.date, sp(r.valueText), r.period])).toEqual([
      ['2023-09-27', '3937人次', '今年以来'],
      ['2024-09-27', '4321余人次', '今年以来'],
    ]);
    const en = toSeries(indicator(PERSONNEL), personnelA(), 'en');
    expect(en.rows.map((r) => [sp(r.valueText), sp(r.valueWords), r.period])).toEqual([
      ['3,937 person-times', '3,937 person-times', 'this year so far'],
      ['≥ 4,321 person-times', 'at least 4,321 person-times', 'this year so far'],
    ]);
    expect(en.title).toBe(
      'Enforcement staff deployed (person-times), City <A> & "Co", report by report',
    );
    expect(zh.title).toBe('甲市各份报告的出动执法(检查)人员人次');
  });

  it('notes a lower bound and that each value is for its own report’s period', () => {
    const en = toSeries(indicator(PERSONNEL), personnelA(), 'en');
    expect(en.notes).toEqual([
      '≥ lower bound (written 余 or 多): the true number is at least this; the bar is open-ended.',
      'Each value covers the period its own report states (see the table).',
    ]);
  });
});

describe('indicator-over-time bars', () => {
  it('draws one bar per report, labelled by its date; a lower bound keeps its kind', () => {
    const specs = barSpecs(toSeries(indicator(PERSONNEL), personnelA(), 'zh'));
    expect(specs.map((s) => [s.label, s.value, s.kind])).toEqual([
      ['2023-09-27', 3937, 'exact'],
      ['2024-09-27', 4321, 'at_least'],
    ]);
  });

  it('is an image named by its title and described by its summary; the lower bound has the open tail', () => {
    const chart = indicatorOverTime({
      indicator: indicator(PERSONNEL),
      series: personnelA(),
      lang: 'en',
    });
    const root = parse(chart.html);
    const img = root.querySelector('[role="img"]')!;
    expect(img.getAttribute('aria-label')).toBe(chart.title);
    expect(root.querySelector(`#${img.getAttribute('aria-describedby')}`)!.text).toBe(
      chart.summary,
    );
    const rows = root.querySelectorAll('.sj-bars-scale');
    expect(rows.map((r) => r.querySelectorAll('.sj-bars-tail').length)).toEqual([0, 1]);
    // Bars on one scale: the largest fills its track, the other in proportion.
    expect(rows.map((r) => r.querySelector('svg.sj-bars-bar')!.getAttribute('width'))).toEqual([
      `${Math.round((3937 / 4321) * 1e6) / 1e4}%`,
      '100%',
    ]);
    expect(root.querySelectorAll('.sj-bars-label').map((l) => l.text)).toEqual([
      '2023-09-27',
      '2024-09-27',
    ]);
  });

  it('matches its snapshot (zh and en)', async () => {
    const html = (['zh', 'en'] as const)
      .map(
        (lang) =>
          indicatorOverTime({ indicator: indicator(PERSONNEL), series: personnelA(), lang }).html,
      )
      .join('\n');
    await expect(html).toMatchFileSnapshot('./__snapshots__/indicator-over-time.html');
  });
});

describe('indicator-over-time summary', () => {
  it('says every report’s value and period, and which are lower bounds, in both languages', () => {
    expect(sp(summarize(toSeries(indicator(PERSONNEL), personnelA(), 'zh')))).toBe(
      '条形图,按报告日期从早到晚列出甲市2份报告中的“出动执法(检查)人员人次”:' +
        '2023-09-27的报告为3937人次(今年以来);2024-09-27的报告为4321余人次(今年以来)。' +
        '2024-09-27的数值为下限(原文写作“余”或“多”)。',
    );
    expect(sp(summarize(toSeries(indicator(PERSONNEL), personnelA(), 'en')))).toBe(
      'Bar chart of enforcement staff deployed (person-times) in each of City <A> & "Co"\'s 2 reports, oldest first: ' +
        '2023-09-27 report: 3,937 person-times (this year so far); ' +
        '2024-09-27 report: at least 4,321 person-times (this year so far). ' +
        'Lower bounds (written 余 or 多): 2024-09-27.',
    );
  });
});

describe('noScaleText', () => {
  it('names the units, the kinds of period, or the unstated period, in both languages', () => {
    const units = whyNoSharedScale(seriesOf(PERSONNEL, 'city-c').points)!;
    const kinds = whyNoSharedScale(seriesOf(GRID, 'city-c').points)!;
    const unstated = whyNoSharedScale(seriesOf(GRID, 'city-a').points)!;
    expect(noScaleText(units, 'zh')).toBe(
      '各份报告的计量单位不同(人次、人),数值不画在同一刻度上,见下表。',
    );
    expect(noScaleText(units, 'en')).toBe(
      'The reports count in different units (person-times, persons), so their values share no scale: see the table.',
    );
    expect(noScaleText(kinds, 'zh')).toBe(
      '各份报告的统计期间类型不同(截至报告时、年度),数值不画在同一刻度上,见下表。',
    );
    expect(noScaleText(kinds, 'en')).toBe(
      "The reports' periods are of different kinds (at the time of the report, within a year), so their values share no scale: see the table.",
    );
    expect(noScaleText(unstated, 'en')).toBe(
      'A report does not state its period, so the values share no scale: see the table.',
    );
    expect(noScaleText(unstated, 'zh')).toMatch(/未说明统计期间/);
  });

  it('gives each city and indicator its own chart id', () => {
    expect(overTimeId('hefei', 'grid.workers')).toBe('over-time-hefei-grid-workers');
  });
});

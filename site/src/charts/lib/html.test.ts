import { dataset as bengbu } from '@shuangjian/bengbu';
import { dataset as hefei } from '@shuangjian/hefei';
import { dataset as huangshan } from '@shuangjian/huangshan';
import { compare, getIndicator, type IndicatorId } from '@shuangjian/indicators';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { indicatorByCity } from '../indicator-by-city';
import { ratePartToWhole } from '../rate-part-to-whole';
import { barRowsHtml, percent } from './html';
import { bindTitle, titleRuns } from './title';

const all = [hefei, huangshan, bengbu];
const chartOf = (id: string, lang: 'zh' | 'en' = 'zh') =>
  indicatorByCity({
    indicator: getIndicator(id)!,
    rows: compare(id as IndicatorId, all),
    lang,
  });

describe('charts in HTML (on a page)', () => {
  it('is an image named by the title and described by the summary, as the SVG is', () => {
    for (const lang of ['zh', 'en'] as const) {
      const chart = chartOf('enforcement.personnel-dispatched', lang);
      const root = parse(chart.html);
      const img = root.querySelector('[role="img"]')!;
      expect(img.getAttribute('aria-label')).toBe(chart.title);
      const desc = root.querySelector(`[id="${img.getAttribute('aria-describedby')}"]`)!;
      expect(desc.text).toBe(chart.summary);
      expect(desc.hasAttribute('hidden')).toBe(true);
    }
  });

  it('draws bars in proportion, as percentages of one track, and writes values with formatValue', () => {
    const chart = chartOf('enforcement.personnel-dispatched');
    const root = parse(chart.html);
    const widths = root.querySelectorAll('svg.sj-bars-bar').map((s) => s.getAttribute('width'));
    // Hefei 3937, Huangshan 1700余, Bengbu 2700余: the largest spans the track.
    expect(widths).toEqual(['100%', percent(1700 / 3937), percent(2700 / 3937)]);
    expect(root.querySelectorAll('.sj-bars-value').map((v) => v.text)).toEqual([
      '3937人次',
      '1700余人次',
      '2700余人次',
    ]);
    // Lower bounds keep their open tail; every value sizes the column it may reach into.
    expect(root.querySelectorAll('svg.sj-bars-tail')).toHaveLength(2);
    expect(root.querySelectorAll('.sj-bars-room').map((v) => v.text)).toEqual([
      '3937人次',
      '1700余人次',
      '2700余人次',
    ]);
    expect(root.querySelectorAll('.sj-bars-room--tail')).toHaveLength(2);
    expect(root.querySelectorAll('.sj-notes li').length).toBeGreaterThan(0);
  });

  it('gives a city that does not report no bar, and never a zero', () => {
    const html = barRowsHtml([
      { key: 'a', label: 'A', value: 5, kind: 'exact', valueLabel: '5人' },
      { key: 'b', label: 'B', value: null, kind: 'not_reported', valueLabel: '未报告' },
    ]);
    const root = parse(html);
    expect(root.querySelectorAll('svg.sj-bars-bar')).toHaveLength(1);
    expect(root.querySelector('.sj-bars-value--not-reported')!.text).toBe('未报告');
  });

  it('uses no style attribute (the page’s CSP allows none) and escapes text', () => {
    const html = barRowsHtml(
      [{ key: 'a', label: '<b>&"', value: 1, kind: 'exact', valueLabel: '1 <x>' }],
      { notes: ['<script>'] },
    );
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<script>');
    for (const id of ['grid.workers', 'leads.received'])
      expect(chartOf(id, 'en').html).not.toMatch(/\sstyle=/);
  });

  it('draws a rate as a 100% bar: the part’s width is its share of the whole', () => {
    const rate = huangshan.figures.find((f) => f.id === 'academic-institutions-reduction-rate')!;
    const chart = ratePartToWhole({ rate, figures: huangshan.figures, city: huangshan.city })!;
    const root = parse(chart.html);
    expect(root.querySelector('[role="img"]')!.getAttribute('aria-label')).toBe(chart.title);
    const part = root.querySelector('rect.sj-part')!;
    expect(parseFloat(part.getAttribute('width')!)).toBeCloseTo((192 / 216) * 100 - 0.15, 2);
    expect(root.querySelector('.sj-ptw-rate')!.text).toBe('88.89%');
    expect(root.querySelectorAll('.sj-legend li')).toHaveLength(2);
    expect(chart.html).not.toMatch(/\sstyle=/);
  });

  it('matches the HTML snapshots', async () => {
    await expect(chartOf('enforcement.personnel-dispatched').html).toMatchFileSnapshot(
      '../__snapshots__/indicator-by-city.html',
    );
    const rate = huangshan.figures.find((f) => f.id === 'non-academic-approval-rate')!;
    const en = ratePartToWhole({
      rate,
      figures: huangshan.figures,
      city: huangshan.city,
      lang: 'en',
    });
    await expect(en!.html).toMatchFileSnapshot('../__snapshots__/rate-part-to-whole-share.en.html');
  });
});

describe('chart titles', () => {
  it('keep a unit phrase in brackets whole', () => {
    expect(titleRuns('合肥市:第1部分(单位:次)')).toEqual([
      { text: '合肥市:第1部分', keep: false },
      { text: '(单位:次)', keep: true },
    ]);
    expect(titleRuns('各市比较:检查机构数(家次)').at(-1)).toEqual({ text: '(家次)', keep: true });
    expect(titleRuns('Leads, by city')).toEqual([{ text: 'Leads, by city', keep: false }]);
    expect(bindTitle('甲(单位:次)').replace(/\u2060/g, '')).toBe('甲(单位:次)');
  });

  it('say what is compared, in English briefly', () => {
    expect(chartOf('leads.received', 'zh').title).toBe('各市比较:收到的问题线索');
    expect(chartOf('leads.received', 'en').title).toBe('Tip-offs (leads) received, by city');
    const rate = huangshan.figures.find((f) => f.id === 'academic-institutions-reduction-rate')!;
    const en = ratePartToWhole({
      rate,
      figures: huangshan.figures,
      city: huangshan.city,
      lang: 'en',
    });
    expect(en!.title).toBe('Huangshan: Reduction rate of academic tutoring providers');
  });
});

import { dataset as bengbu } from '@shuangjian/bengbu';
import { dataset as hefei } from '@shuangjian/hefei';
import { dataset as huangshan } from '@shuangjian/huangshan';
import type { Dataset } from '@shuangjian/schema';
import { describe, expect, it } from 'vitest';
import { cityA, figure } from './__fixtures__/figures';
import { textBlocks } from './lib/bar-rows';
import { outOfBounds, overlaps } from './lib/checks';
import {
  layout,
  sectionChartGroups,
  sectionFigures,
  toSeries,
  type SectionGroup,
} from './section-figures';

const headingOf = (d: Dataset, g: SectionGroup) =>
  d.sources.find((s) => s.id === g.source)!.sections.find((s) => s.number === g.section)!.heading;
const hefeiPersons = sectionChartGroups(hefei.figures).find(
  (g) => g.section === 1 && g.unit === 'persons',
)!;
// Values keep their unit with no-break spaces; compare them as plain text.
const sp = (s: string) => s.replace(/\u00A0/g, ' ');

describe('sectionChartGroups', () => {
  it('groups figures by source, section and unit, keeping groups of two or more', () => {
    const groups = sectionChartGroups(hefei.figures);
    for (const g of groups) {
      expect(g.figures.length).toBeGreaterThanOrEqual(2);
      for (const f of g.figures)
        expect([f.source, f.section, f.unit]).toEqual([g.source, g.section, g.unit]);
    }
    expect(hefeiPersons.figures.map((f) => f.value)).toEqual([574, 278, 1713, 1376, 46, 16]);
  });

  it('leaves percent figures out', () => {
    for (const d of [hefei, huangshan, bengbu])
      expect(sectionChartGroups(d.figures).some((g) => g.unit === 'percent')).toBe(false);
    const p = (id: string) => figure(cityA, id, { unit: 'percent', value: 50 });
    expect(sectionChartGroups([p('a'), p('b'), p('c')])).toEqual([]);
  });
});

describe('section-figures toSeries and layout', () => {
  it('keeps source order, with 余 and 约 where the source says so', () => {
    const g: SectionGroup = {
      source: 'city-a-2023-09-27',
      section: 2,
      unit: 'persons',
      figures: [
        figure(cityA, 'x', { section: 2, value: 1700, qualifier: 'at_least' }),
        figure(cityA, 'y', { section: 2, value: 100000, qualifier: 'approx' }),
      ],
    };
    const s = toSeries({ city: cityA, group: g, lang: 'zh' });
    expect(s.rows.map((r) => sp(r.valueText))).toEqual(['1700余人', '约10万人']);
    expect(s.rows.map((r) => sp(r.valueExact))).toEqual(['≥1,700 人', '约100,000 人']);
    expect(s.title).toBe('甲市:第2部分(单位:人)');
    const placed = layout(s);
    expect(placed.rows.map((r) => r.kind)).toEqual(['at_least', 'approx']);
    expect(placed.rows[0]!.tail).not.toBeNull();
  });

  it('rejects a figure from another group', () => {
    const g = { ...hefeiPersons, figures: [...hefeiPersons.figures, hefei.figures[0]!] };
    expect(() => toSeries({ city: hefei.city, group: g, lang: 'zh' })).toThrow(/not in group/);
  });

  it('fits every group of every city in both languages, growing rows for wrapped labels', () => {
    for (const d of [hefei, huangshan, bengbu])
      for (const g of sectionChartGroups(d.figures))
        for (const lang of ['zh', 'en'] as const) {
          const placed = layout(
            toSeries({ city: d.city, group: g, heading: headingOf(d, g), lang }),
          );
          const blocks = textBlocks(placed);
          const what = `${d.city.slug} ${g.section} ${g.unit} ${lang}`;
          expect(outOfBounds(blocks, placed.width, placed.height), what).toEqual([]);
          expect(overlaps(blocks), what).toEqual([]);
          for (const r of placed.rows)
            expect(r.bottom - r.top, what).toBeGreaterThanOrEqual(
              r.label.lines.length * r.label.lineHeight,
            );
        }
  });
});

describe('sectionFigures', () => {
  it('titles the chart with the city, the section heading and the unit', () => {
    const chart = sectionFigures({
      city: hefei.city,
      group: hefeiPersons,
      heading: headingOf(hefei, hefeiPersons),
      lang: 'en',
    });
    expect(chart.id).toBe('section-hefei-2023-09-27-1-persons');
    expect(chart.title).toBe(
      'Hefei: Governing at the source to overcome the difficulty of prevention (persons)',
    );
    expect(sp(chart.summary)).toMatch(/Largest: Community grid workers.*1,713 persons/);
    expect(chart.table.rows).toHaveLength(6);
  });

  it('matches the SVG snapshot', async () => {
    const chart = sectionFigures({
      city: hefei.city,
      group: hefeiPersons,
      heading: headingOf(hefei, hefeiPersons),
    });
    expect(chart.svg).toBe(
      sectionFigures({
        city: hefei.city,
        group: hefeiPersons,
        heading: headingOf(hefei, hefeiPersons),
      }).svg,
    );
    await expect(chart.svg).toMatchFileSnapshot('./__snapshots__/section-figures.svg');
  });
});

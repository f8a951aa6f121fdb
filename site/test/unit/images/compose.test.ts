// What the exported images say and link to, checked on their SVG text (no rendering).
import { describe, expect, it } from 'vitest';
import { allCharts } from '../../../src/lib/chart-registry';
import { attribution, MAX_NAMED } from '../../../src/lib/images/attribution';
import { chartImageFiles } from '../../../src/lib/images/catalog';
import { chartImageSvg, firstSentence } from '../../../src/lib/images/chart-image';
import { narrowPunctuation } from '../../../src/lib/images/frame';
import { chartImageLinks, ogImageFor } from '../../../src/lib/images/links';
import { ogEntries } from '../../../src/lib/images/og-entries';
import { figureOg } from '../../../src/lib/images/og-image';
import { bakedChartStyles, lightPalette } from '../../../src/lib/images/palette';
import { drawnText } from '../../../src/lib/images/text';
import { allFigures, DATASETS, INDICATORS } from '../../../src/lib/site-data';
import { LANGS, SITE_ORIGIN } from '../../lib/expected';

const site = SITE_ORIGIN;

describe('the baked chart stylesheet', () => {
  const css = `
    .sj-chart-svg { --sj-bg: #FFFFFF; --sj-fg: #1a1a1a; --sj-bar: #1f5fa8; width: 100%; }
    @media (prefers-color-scheme: dark) { .sj-chart-svg { --sj-bar: #6aa8f0; } .sj-chart-svg .x { fill: red; } }
    /* a comment { with braces } */
    .sj-chart-svg text { fill: var(--sj-fg); font-variant-numeric: tabular-nums; }
    .sj-chart-svg .sj-bar, .sj-chart-svg .sj-part { fill: var(--sj-bar); opacity: 0.6; }
    .sj-chart { background: var(--sj-bg); }`;

  it('takes the light theme, not the dark one', () => {
    expect(lightPalette(css)).toEqual({ bg: '#ffffff', fg: '#1a1a1a', bar: '#1f5fa8' });
  });

  it('writes the colours in and keeps only paint and font properties of chart rules', () => {
    expect(bakedChartStyles(css)).toBe(
      [
        '.sj-chart-svg text{fill:#1a1a1a}',
        '.sj-chart-svg .sj-bar,.sj-chart-svg .sj-part{fill:#1f5fa8;opacity:0.6}',
      ].join('\n'),
    );
  });

  it('reads the real charts.css: every var() resolved', () => {
    const baked = bakedChartStyles();
    expect(baked).toContain('.sj-chart-svg .sj-bar');
    expect(baked).not.toContain('var(');
    expect(lightPalette().bg).toBe('#ffffff');
  });
});

describe('chart images', () => {
  const charts = allCharts();

  it('come in two files per chart and language: SVG and PNG at 2x', () => {
    expect(chartImageFiles()).toHaveLength(charts.length * LANGS.length * 2);
    expect(
      chartImageFiles()
        .filter((f) => f.format === 'png')
        .map((f) => f.zoom),
    ).not.toContain(1);
  });

  it('carry title, source (publishers first), compilation with version, licence and address', () => {
    for (const chart of charts) {
      for (const lang of LANGS) {
        const svg = chartImageSvg(chart, lang, site);
        const text = drawnText(svg);
        const flat = text.replace(/\s+/g, '');
        const where = `${chart.id} (${lang})`;
        expect(flat, where).toContain(
          narrowPunctuation(chart.render(lang).title, lang).replace(/\s+/g, ''),
        );
        const credit = narrowPunctuation(chart.credits[0]![lang], lang).replace(/\s+/g, '');
        const publisher = flat.indexOf(`${lang === 'zh' ? '来源:' : 'Source:'}${credit}`);
        const compiler = flat.indexOf(
          lang === 'zh' ? '双减治理数据(ShuangjianData)' : 'ShuangjianData(双减治理数据)',
        );
        expect(publisher, where).toBeGreaterThan(0);
        expect(compiler, where).toBeGreaterThan(publisher);
        // The dataset version, in words a reader can cite; no npm package names.
        for (const p of chart.packages) expect(flat, where).toContain(p.version);
        expect(flat, where).not.toContain('@shuangjian/');
        expect(flat, where).toContain('CCBY4.0');
        expect(svg, where).toContain('font-family="&#39;Noto Sans SC&#39;, ');
        expect(svg, where).not.toContain('var(');
        expect(svg, where).toMatch(/<style>[\s\S]*\.sj-chart-svg \.sj-bar[^{]*\{fill:#1f5fa8/);
      }
    }
  });

  it('keep one type scale: title >= subtitle >= every text of the chart (its notes too)', () => {
    for (const chart of charts)
      for (const lang of LANGS) {
        const svg = chartImageSvg(chart, lang, site);
        const where = `${chart.id} (${lang})`;
        const sizes = [...svg.matchAll(/<text class="([^"]*)"[^>]*font-size="([\d.]+)"/g)];
        const title = Number(sizes.find((m) => m[1]!.includes('sj-img-title'))![2]);
        const subtitle = Number(sizes.find((m) => !m[1]!.includes('sj-img-title'))![2]);
        const nested =
          /<svg class="sj-chart-svg"[^>]*width="([\d.]+)"[^>]*viewBox="0 0 ([\d.]+)/.exec(svg)!;
        const scale = Number(nested[1]) / Number(nested[2]);
        const chartText = sizes
          .filter((m) => /\bsj-(label|value|note)\b/.test(m[1]!))
          .map((m) => Number(m[2]) * scale);
        expect(chartText.length, where).toBeGreaterThan(0);
        expect(title, where).toBeGreaterThanOrEqual(subtitle);
        expect(subtitle, where).toBeGreaterThanOrEqual(Math.max(...chartText));
      }
  });

  it('are deterministic SVG text', () => {
    const chart = charts[0]!;
    expect(chartImageSvg(chart, 'zh', site)).toBe(chartImageSvg(chart, 'zh', site));
  });

  it('link to files under /images/charts/<lang>/', () => {
    expect(chartImageLinks('indicator-grid-workers', 'en')).toEqual({
      svg: '/images/charts/en/indicator-grid-workers.svg',
      png: '/images/charts/en/indicator-grid-workers.png',
    });
    const files = new Set(chartImageFiles().map((f) => `/images/charts/${f.lang}/${f.file}`));
    for (const chart of charts)
      for (const lang of LANGS)
        for (const url of Object.values(chartImageLinks(chart.id, lang)))
          expect(files.has(url), url).toBe(true);
  });

  it('take the first sentence of a summary as subtitle', () => {
    expect(firstSentence('条形图:合肥市的2项数字。最大为……。', 'zh')).toBe(
      '条形图:合肥市的2项数字。',
    );
    expect(firstSentence("Bar chart of Hefei's report. Largest: x.", 'en')).toBe(
      "Bar chart of Hefei's report.",
    );
  });
});

describe('OpenGraph images', () => {
  it('exist for every city, indicator and figure page in both languages, and a default', () => {
    const expected = LANGS.flatMap((lang) => [
      `${lang}/default`,
      ...DATASETS.map((d) => `${lang}/cities/${d.city.slug}`),
      ...INDICATORS.map((i) => `${lang}/indicators/${i.id}`),
      ...allFigures().map(({ figure: f }) => `${lang}/figures/${f.city}/${f.id}`),
    ]);
    expect([...ogEntries().keys()].sort()).toEqual(expected.sort());
  });

  it('are chosen from the page path', () => {
    const f = allFigures()[0]!.figure;
    const i = INDICATORS[0]!;
    const cases: [string, 'zh' | 'en', string][] = [
      ['/', 'zh', '/images/og/zh/default.png'],
      ['/about/', 'en', '/images/og/en/default.png'],
      ['/cities/', 'zh', '/images/og/zh/default.png'],
      ['/cities/hefei/', 'en', '/images/og/en/cities/hefei.png'],
      ['/cities/hefei/source/', 'zh', '/images/og/zh/cities/hefei.png'],
      ['/cities/nowhere/', 'zh', '/images/og/zh/default.png'],
      [`/indicators/${i.id}/`, 'zh', `/images/og/zh/indicators/${i.id}.png`],
      [`/figures/${f.city}/${f.id}/`, 'en', `/images/og/en/figures/${f.city}/${f.id}.png`],
      [`/figures/${f.city}/no-such-figure/`, 'en', '/images/og/en/default.png'],
    ];
    for (const [path, lang, want] of cases) expect(ogImageFor(path, lang).path, path).toBe(want);
  });

  it('have alt text of at most 420 characters and a 1200×630 size', () => {
    for (const lang of LANGS) {
      const figure = allFigures()[0]!.figure;
      const meta = ogImageFor(`/figures/${figure.city}/${figure.id}/`, lang);
      expect(meta).toMatchObject({ width: 1200, height: 630 });
      expect(meta.alt).toContain(figure.title[lang]);
      for (const i of INDICATORS)
        expect([...ogImageFor(`/indicators/${i.id}/`, lang).alt].length).toBeLessThanOrEqual(420);
    }
  });

  it('credit the original publisher first, then the compilation and licence', () => {
    const svg = ogEntries().get('zh/figures/hefei/enforcement-personnel-dispatched')!.svg(site);
    const text = drawnText(svg);
    const publisher = text.indexOf('来源:合肥市');
    expect(publisher).toBeGreaterThan(0);
    expect(text.indexOf('整理:双减治理数据')).toBeGreaterThan(publisher);
    expect(text).toMatch(/数据版本\s*\d+\.\d+\.\d+/);
    expect(text).not.toContain('@shuangjian/');
    expect(text).toContain('CC\u00A0BY\u00A04.0');
  });

  it('draw hostile labels and titles as escaped text, leaving the SVG structure alone', () => {
    const hostile = '</text><script>alert(1)</script><text onload="x" a=\'b\'>&amp;';
    const { dataset, figure } = allFigures()[0]!;
    // The image draws the short title and describes with the label: both hostile.
    const bad = { zh: `执法${hostile}`, en: `Staff${hostile}` };
    const f = { ...figure, label: bad, title: bad };
    for (const lang of LANGS) {
      const svg = figureOg(dataset, f, lang).svg(site);
      expect(svg).not.toContain('<script');
      expect(svg).not.toMatch(/<text[^>]*\sonload=/);
      // Every element opened is one the image frame draws; the hostile text is only text.
      const tags = new Set([...svg.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1]));
      expect(
        [...tags].filter(
          (t) =>
            ![
              'svg',
              'title',
              'desc',
              'style',
              'rect',
              'text',
              'tspan',
              'g',
              'line',
              'path',
              'circle',
            ].includes(t!),
        ),
      ).toEqual([]);
      // The title may be wrapped over lines: compare the drawn text without line breaks.
      expect(drawnText(svg).replace(/\s+/g, '')).toContain(hostile.replace(/\s+/g, ''));
    }
  });
});

describe('image attribution across many cities', () => {
  const many = (n: number) => ({
    credits: Array.from({ length: n }, (_, i) => ({
      zh: `第${i}市《报告》`,
      en: `City ${i}, “Report”`,
    })),
    packages: Array.from({ length: n }, (_, i) => ({
      name: `@shuangjian/city-${i}`,
      // Cities released apart: as many versions as cities, at worst.
      version: `0.${i}.0`,
    })),
    url: 'https://example.org/indicators/x/',
  });

  it('names every publisher and data version up to MAX_NAMED, and no package names', () => {
    const a = attribution({ ...many(MAX_NAMED), lang: 'en' });
    expect(a.source).toBe(
      `Source: ${many(MAX_NAMED)
        .credits.map((c) => c.en)
        .join('; ')}`,
    );
    expect(a.compiler).toContain(`data version 0.0.0, 0.1.0`);
    expect(a.compiler).toContain(`0.${MAX_NAMED - 1}.0`);
    expect(a.compiler).not.toContain('@shuangjian/');
    // One version shared by every city is named once.
    const same = many(3).packages.map((p) => ({ ...p, version: '1.0.0' }));
    expect(attribution({ ...many(3), packages: same, lang: 'zh' }).compiler).toMatch(
      /数据版本 1\.0\.0$/,
    );
  });

  it('names the first MAX_NAMED past that and counts the rest, in both languages', () => {
    const en = attribution({ ...many(300), lang: 'en' });
    expect(en.source).toContain(`City ${MAX_NAMED - 1}, “Report”`);
    expect(en.source).not.toContain(`City ${MAX_NAMED},`);
    expect(en.source).toContain(
      `and ${300 - MAX_NAMED} more reports (all listed at the address below)`,
    );
    expect(en.compiler).toContain(`and ${300 - MAX_NAMED} more versions`);
    const zh = attribution({ ...many(300), lang: 'zh' });
    expect(zh.source).toContain(`另${300 - MAX_NAMED}份报告`);
    expect(zh.compiler).toContain(`另${300 - MAX_NAMED}个版本`);
    expect(en.source.length + en.compiler.length).toBeLessThan(600);
  });
});

// What the exported images say and link to, checked on their SVG text (no rendering).
import { describe, expect, it } from 'vitest';
import { allCharts } from '../../../src/lib/chart-registry';
import {
  attribution,
  bilingualCredit,
  MAX_NAMED,
  sourceLine,
} from '../../../src/lib/images/attribution';
import { chartImageFiles } from '../../../src/lib/images/catalog';
import { chartImageSvg, firstSentence } from '../../../src/lib/images/chart-image';
import { narrowPunctuation } from '../../../src/lib/images/frame';
import { chartImageLinks, ogImageFor } from '../../../src/lib/images/links';
import { ogEntries } from '../../../src/lib/images/og-entries';
import {
  OG_HEIGHT,
  OG_MARGIN,
  OG_WIDTH,
  layoutFooter,
  stack,
  stackHeight,
  type Block,
} from '../../../src/lib/images/og-frame';
import { cityOg, figureOg } from '../../../src/lib/images/og-image';
import { bakedChartStyles, lightPalette } from '../../../src/lib/images/palette';
import { drawnText, paragraph } from '../../../src/lib/images/text';
import { textWidth } from '../../../src/charts/lib/text-width';
import { formatValue } from '../../../src/lib/format';
import { allFigures, DATASETS, INDICATORS } from '../../../src/lib/site-data';
import type { LocalizedText } from '@shuangjian/schema';
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
  it('exist once for every city, indicator and figure page (both languages share it), and a default', () => {
    const expected = [
      'default',
      ...DATASETS.map((d) => `cities/${d.city.slug}`),
      ...INDICATORS.map((i) => `indicators/${i.id}`),
      ...allFigures().map(({ figure: f }) => `figures/${f.city}/${f.id}`),
    ];
    expect([...ogEntries().keys()].sort()).toEqual(expected.sort());
  });

  it('are chosen from the page path, the same image for both languages', () => {
    const f = allFigures()[0]!.figure;
    const i = INDICATORS[0]!;
    const cases: [string, string][] = [
      ['/', '/images/og/default.png'],
      ['/about/', '/images/og/default.png'],
      ['/cities/', '/images/og/default.png'],
      ['/cities/hefei/', '/images/og/cities/hefei.png'],
      ['/cities/hefei/source/', '/images/og/cities/hefei.png'],
      ['/cities/nowhere/', '/images/og/default.png'],
      [`/indicators/${i.id}/`, `/images/og/indicators/${i.id}.png`],
      [`/figures/${f.city}/${f.id}/`, `/images/og/figures/${f.city}/${f.id}.png`],
      [`/figures/${f.city}/no-such-figure/`, '/images/og/default.png'],
    ];
    for (const [path, want] of cases)
      for (const lang of LANGS) expect(ogImageFor(path, lang).path, `${path} (${lang})`).toBe(want);
  });

  it('give the zh and en page of a figure, city and indicator one image URL, and alt text in the page’s language', () => {
    const pages = [
      ...allFigures().map(({ figure: f }) => ({
        path: `/figures/${f.city}/${f.id}/`,
        title: f.title,
      })),
      ...DATASETS.map((d) => ({ path: `/cities/${d.city.slug}/`, title: d.city.name })),
      ...DATASETS.map((d) => ({ path: `/cities/${d.city.slug}/source/`, title: d.city.name })),
      ...INDICATORS.map((i) => ({ path: `/indicators/${i.id}/`, title: i.name })),
    ];
    const images = new Set<string>();
    for (const { path, title } of pages) {
      const zh = ogImageFor(path, 'zh');
      const en = ogImageFor(path, 'en');
      expect(en.path, path).toBe(zh.path);
      expect(zh.path, path).not.toBe('/images/og/default.png');
      images.add(zh.path);
      expect(zh.alt, path).not.toBe(en.alt);
      // The alt says what the image shows, in the page's language.
      expect(zh.alt, path).toMatch(/\p{Script=Han}/u);
      expect(en.alt.replace(/\p{Script=Han}/gu, ''), path).toMatch(/[A-Za-z]{3}/);
      if (!path.startsWith('/indicators/')) {
        expect(zh.alt, path).toContain(title.zh);
        expect(en.alt, path).toContain(title.en);
      }
    }
    // Source readers share their city's image; every other page has its own.
    expect(images.size).toBe(pages.length - DATASETS.length);
    expect(images.size).toBe(ogEntries().size - 1);
  });

  it('have alt text of at most 420 characters and a 1200×630 size', () => {
    for (const lang of LANGS) {
      const figure = allFigures()[0]!.figure;
      const meta = ogImageFor(`/figures/${figure.city}/${figure.id}/`, lang);
      expect(meta).toMatchObject({ width: 1200, height: 630 });
      expect(meta.alt).toContain(figure.title[lang]);
      for (const e of ogEntries().values())
        expect([...ogImageFor(pathOfKey(e.key), lang).alt].length, e.key).toBeLessThanOrEqual(420);
    }
  });

  it('draw the Chinese and the English title of every image', () => {
    const flat = (s: string) => s.replace(/\s+/g, '');
    const has = (key: string, texts: LocalizedText) => {
      const drawn = flat(drawnText(ogEntries().get(key)!.svg(site)));
      const zh = flat(narrowPunctuation(texts.zh, 'zh'));
      const en = flat(narrowPunctuation(texts.en, 'en'));
      expect(drawn, `${key}: ${zh}`).toContain(zh);
      expect(drawn, `${key}: ${en}`).toContain(en);
      // Chinese first (a value written alike in both, "47%", is drawn once).
      if (zh !== en) expect(drawn.indexOf(zh), key).toBeLessThan(drawn.indexOf(en));
    };
    for (const { figure: f } of allFigures()) {
      has(`figures/${f.city}/${f.id}`, f.title);
      has(`figures/${f.city}/${f.id}`, { zh: formatValue(f, 'zh'), en: formatValue(f, 'en') });
    }
    for (const d of DATASETS) {
      has(`cities/${d.city.slug}`, d.city.name);
      const drawn = flat(drawnText(ogEntries().get(`cities/${d.city.slug}`)!.svg(site)));
      expect(drawn).toContain(flat(d.sources[0]!.title.zh));
    }
    for (const i of INDICATORS) has(`indicators/${i.id}`, i.name);
    has('default', { zh: '双减治理数据', en: 'Shuangjian Data' });
  });

  it('credit the original publisher first (Chinese, then English), then the compilation, version and licence', () => {
    for (const key of [
      'figures/hefei/enforcement-personnel-dispatched',
      'cities/bengbu',
      `indicators/${INDICATORS[0]!.id}`,
    ]) {
      const text = drawnText(ogEntries().get(key)!.svg(site));
      const zh = text.indexOf(key === 'cities/bengbu' ? '来源:蚌埠市' : '来源:合肥市');
      const en = text.indexOf(key === 'cities/bengbu' ? 'Source: Bengbu' : 'Source: Hefei');
      const compiler = text.indexOf('整理 Compiled by 双减治理数据 Shuangjian Data');
      expect(zh, key).toBeGreaterThan(0);
      expect(en, key).toBeGreaterThan(zh);
      expect(compiler, key).toBeGreaterThan(en);
      expect(text.slice(compiler), key).toMatch(/数据版本 Data version \d+\.\d+\.\d+/);
      expect(text.slice(compiler), key).toContain('许可 Licence CC\u00A0BY\u00A04.0');
      expect(text, key).not.toContain('@shuangjian/');
    }
  });

  it('mark the English text with its language, in a Chinese image', () => {
    const svg = ogEntries().get('figures/hefei/fees-refund-ordered')!.svg(site);
    expect(svg).toMatch(/^<svg [^>]*lang="zh-Hans"/);
    const english = [...svg.matchAll(/<text\b[^>]*\blang="en"[^>]*>([\s\S]*?)<\/text>/g)].map(
      (m) => m[1]!,
    );
    expect(english.join(' ')).toContain('Tutoring fees ordered refunded');
    expect(english.join(' ')).toContain('891,600');
    for (const t of english) expect(t, t).not.toMatch(/[\u201C\u201D]/);
  });

  it('keep every text inside the image, apart from the others and off the chart and card', () => {
    const { dataset, figure } = allFigures().find(
      (x) => x.figure.id === 'violations-confirmed-entities',
    )!;
    const bound = allFigures().find((x) => x.figure.id === 'supervised-funds-verified')!;
    const long = {
      zh: '查实隐形变异培训的机构和个人以及其他各类违规开展学科类校外培训的场所、人员和线上平台账号总数',
      en: 'Confirmed providers of hidden or disguised tutoring, together with every other venue, person and online platform account found running academic off-campus tutoring against the rules',
    };
    const city = DATASETS[0]!;
    const longCity = {
      ...city,
      city: {
        ...city.city,
        name: { zh: '乌鲁木齐市', en: 'Ürümqi (Urumqi)' },
        province: { zh: '新疆维吾尔自治区', en: 'Xinjiang Uygur Autonomous Region' },
      },
      sources: city.sources.map((s, n) =>
        n === 0
          ? {
              ...s,
              title: {
                zh: `${s.title.zh}——坚持系统治理、依法治理、综合治理、源头治理`,
                en: `${s.title.en}, by governing systematically, by law, comprehensively and at the source`,
              },
            }
          : s,
      ),
    };
    const images = [
      ...[...ogEntries().entries()].map(([key, e]) => [key, e.svg(site)] as const),
      ['long figure', figureOg(dataset, { ...figure, title: long }).svg(site)] as const,
      [
        'long lower bound',
        figureOg(bound.dataset, { ...bound.figure, title: long }).svg(site),
      ] as const,
      ['long city', cityOg(longCity).svg(site)] as const,
    ];
    for (const [key, svg] of images) expect(layoutProblems(svg), key).toEqual([]);
  });

  it('find a layout problem when there is one (the check can fail)', () => {
    const svg = ogEntries().get('figures/hefei/fees-refund-ordered')!.svg(site);
    // The value moved onto the title, and a line pushed past the right edge.
    const onTitle = svg.replace(/(<text class="sj-img-accent"[^>]*? y=")[\d.]+/, '$1330');
    expect(layoutProblems(onTitle).join('\n')).toMatch(/overlaps/);
    const past = svg.replace(/(<text class="sj-img-fg"[^>]*? x=")64/, '$1900');
    expect(layoutProblems(past).join('\n')).toMatch(/past the edge/);
  });

  it('draw hostile labels and titles as escaped text, leaving the SVG structure alone', () => {
    const hostile = '</text><script>alert(1)</script><text onload="x" a=\'b\'>&amp;';
    const { dataset, figure } = allFigures()[0]!;
    // The image draws the short title and describes with the label: both hostile.
    const bad = { zh: `执法${hostile}`, en: `Staff${hostile}` };
    const f = { ...figure, label: bad, title: bad };
    const svg = figureOg(dataset, f).svg(site);
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
    // The title may be wrapped over lines: compare the drawn text without line breaks, in both
    // languages (English with straight quotes).
    const drawn = drawnText(svg).replace(/\s+/g, '');
    for (const lang of LANGS)
      expect(drawn).toContain(narrowPunctuation(bad[lang], lang).replace(/\s+/g, ''));
    expect(layoutProblems(svg)).toEqual([]);
  });
});

describe('OpenGraph layout', () => {
  it('breaks a Chinese title between its phrases where that takes no more lines', () => {
    const title = '《蚌埠市突出三个聚焦 深化校外教育培训机构安全治理》';
    const o = { size: 28, lang: 'zh' } as const;
    // Greedy wrapping breaks inside the second phrase ("…机构安" / "全治理》").
    expect(paragraph(title, 620, o).lines).toEqual([
      '《蚌埠市突出三个聚焦 深化校外教育培训机构安',
      '全治理》',
    ]);
    expect(paragraph(title, 620, { ...o, phrases: true }).lines).toEqual([
      '《蚌埠市突出三个聚焦',
      '深化校外教育培训机构安全治理》',
    ]);
    // A phrase longer than a line: no better than greedy, so greedy.
    const long = `${'很长的短语'.repeat(8)} 短`;
    expect(paragraph(long, 620, { ...o, phrases: true }).lines).toEqual(
      paragraph(long, 620, o).lines,
    );
  });

  it('sets a block beside the one before it on its baseline when it fits, else under it', () => {
    const big: Block = {
      text: '89.16万元',
      className: 'a',
      options: { size: 120, bold: true, lang: 'zh' },
    };
    const small = (text: string): Block => ({
      text,
      className: 'b',
      options: { size: 40, lang: 'en' },
      gapBefore: 8,
      beside: { gap: 20, lead: '· ' },
    });
    const ys = (markup: string[]) => markup.map((m) => Number(/ y="([\d.]+)"/.exec(m)![1]));
    const beside = stack([big, small('891,600 yuan')], 0, 0, 1072);
    expect(ys(beside.markup)[0]).toBe(ys(beside.markup)[1]);
    // The lead's middle dot is drawn narrow (frame.ts).
    expect(beside.markup[1]).toContain('\uFF65 891,600 yuan');
    expect(beside.markup[1]).toContain('lang="en"');
    expect(beside.bottom).toBe(stackHeight([big], 1072));
    const under = stack([big, small('x'.repeat(60))], 0, 0, 1072);
    expect(ys(under.markup)[1]).toBeGreaterThan(ys(under.markup)[0]!);
    expect(under.markup[1]).not.toContain('·');
    expect(under.bottom).toBeGreaterThan(stackHeight([big], 1072) + 40);
  });
});

/** The page path an image key belongs to ("figures/hefei/x" -> "/figures/hefei/x/"). */
function pathOfKey(key: string): string {
  return key === 'default' ? '/' : `/${key}/`;
}

interface Box {
  what: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * What is wrong with an OpenGraph image's layout, from its SVG: a line of text (its estimated
 * width and its em box) past the margins or the bottom, two lines overlapping, a line half in and
 * half out of the card or the chart, or content reaching the footer rule. The regular width
 * estimate is above the drawn width of Noto Sans SC in both weights (CJK is 1 em in both; Latin
 * and digits are 5–15% narrower than estimated even in bold): lines are checked against each other
 * with it, and against the edges with the bold estimate 10% wider, as the layout is.
 */
function layoutProblems(svg: string): string[] {
  const problems: string[] = [];
  const num = (tag: string, name: string) =>
    Number(new RegExp(`\\s${name}="([\\d.-]+)"`).exec(tag)?.[1] ?? NaN);
  const chart = /<svg class="sj-chart-svg"[^>]*>/.exec(svg);
  const containers: Box[] = [];
  if (chart) {
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((n) => num(chart[0], n));
    containers.push({ what: 'chart', left: x!, right: x! + w!, top: y!, bottom: y! + h! });
  }
  for (const m of svg.matchAll(/<rect class="sj-img-band"[^>]*>/g)) {
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((n) => num(m[0], n));
    containers.push({ what: 'card', left: x!, right: x! + w!, top: y!, bottom: y! + h! });
  }
  const rule = num(/<line class="sj-img-rule"[^>]*>/.exec(svg)![0], 'y1');
  // Top-level text only: the chart's own text is laid out by the chart.
  const top = svg.replace(/<svg class="sj-chart-svg"[\s\S]*?<\/svg>/, '');
  const lines: (Box & { wide: number })[] = [];
  for (const m of top.matchAll(/<text\b([^>]*)>([\s\S]*?)<\/text>/g)) {
    const size = num(m[1]!, 'font-size');
    const bold = /font-weight="700"/.test(m[1]!);
    const end = /text-anchor="end"/.test(m[1]!);
    const spans = [...m[2]!.matchAll(/<tspan\b([^>]*)>([\s\S]*?)<\/tspan>/g)];
    const parts: [number, number, string][] =
      spans.length > 0 && spans.every((s) => /\sy="/.test(s[1]!))
        ? spans.map((s) => [num(s[1]!, 'x'), num(s[1]!, 'y'), s[2]!])
        : [[num(m[1]!, 'x'), num(m[1]!, 'y'), m[2]!.replace(/<[^>]*>/g, '')]];
    for (const [x, y, raw] of parts) {
      const text = drawnText(`<text>${raw}</text>`);
      const width = textWidth(text, size);
      const left = end ? x - width : x;
      lines.push({
        what: `"${text.slice(0, 24)}" at ${size}px`,
        left,
        right: left + width,
        wide: left + width * (bold ? 1.1 : 1),
        top: y - 0.88 * size,
        bottom: y + 0.12 * size,
      });
    }
  }
  const overlap = (a: Box, b: Box) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const inside = (a: Box, b: Box) =>
    a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
  for (const [i, a] of lines.entries()) {
    if (a.left < OG_MARGIN - 1 || a.wide > OG_WIDTH - OG_MARGIN + 1 || a.bottom > OG_HEIGHT)
      problems.push(`${a.what} runs past the edge`);
    for (const b of lines.slice(i + 1))
      if (overlap(a, b)) problems.push(`${a.what} overlaps ${b.what}`);
    for (const c of containers)
      if (overlap(a, c) && !inside(a, c)) problems.push(`${a.what} overlaps the ${c.what}`);
    if (a.top < rule && a.bottom > rule - 4) problems.push(`${a.what} reaches the footer rule`);
  }
  for (const c of containers) {
    if (c.bottom > rule - 4) problems.push(`the ${c.what} reaches the footer rule`);
    if (c.left < OG_MARGIN - 1 || c.right > OG_WIDTH - OG_MARGIN + 1)
      problems.push(`the ${c.what} runs past the edge`);
  }
  return problems;
}

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

  it('fit the footer of an OpenGraph image uncut at 300 cities, both languages and the shared line', () => {
    const credits = Array.from({ length: 300 }, (_, i) => ({
      zh: `张家口${i}市报告`,
      en: `Zhangjiakou ${i} Municipality’s report`,
    }));
    const versions = Array.from({ length: 300 }, (_, i) => `1.${i}.0`);
    const lines = layoutFooter([
      { text: sourceLine(credits, 'zh'), lang: 'zh' },
      { text: sourceLine(credits, 'en'), lang: 'en' },
      { text: bilingualCredit(versions), lang: 'zh' },
    ]);
    expect(lines.map((l) => l.p.cut)).toEqual([false, false, false]);
    expect(sourceLine(credits, 'en')).toContain(
      `and ${300 - MAX_NAMED} more reports (all listed on the page)`,
    );
    expect(sourceLine(credits, 'zh')).toContain(`另${300 - MAX_NAMED}份报告(全部列于本页)`);
    expect(bilingualCredit(versions)).toContain(
      `另${300 - MAX_NAMED}个版本 and ${300 - MAX_NAMED} more versions`,
    );
    // One version shared by every city is named once.
    expect(bilingualCredit(['0.1.0', '0.1.0'])).toBe(
      '整理 Compiled by 双减治理数据 Shuangjian Data · 数据版本 Data version 0.1.0 · 许可 Licence CC\u00A0BY\u00A04.0',
    );
    // The footer has room for them: at most eight lines of 24 px.
    expect(lines.reduce((h, l) => h + l.p.height, 0)).toBeLessThanOrEqual(8 * 24);
  });
});

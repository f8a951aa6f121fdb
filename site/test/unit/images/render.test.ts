// The exported images as pixels: sizes, ink, the Chinese title really drawn, no missing glyphs, same bytes twice.
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/charts/lib/svg';
import { allCharts, type ChartEntry } from '../../../src/lib/chart-registry';
import {
  chartImageBytes,
  chartImageFiles,
  imageFonts,
  imageText,
  ogImageBytes,
} from '../../../src/lib/images/catalog';
import { CHART_IMAGE_WIDTH, chartImageSvg } from '../../../src/lib/images/chart-image';
import { drawPng } from '../../../src/lib/images/draw';
import { rasterize, subsetFonts } from '../../../src/lib/images/fonts';
import { ogEntries } from '../../../src/lib/images/og-entries';
import { drawnText } from '../../../src/lib/images/text';
import { LANGS, SITE_ORIGIN } from '../../lib/expected';
import { cell, diffCount, inkCount, pngSize, type Rows } from '../../lib/pixels';

const site = SITE_ORIGIN;
let fonts: string[] = [];
let chart: ChartEntry;

beforeAll(async () => {
  fonts = await imageFonts(site);
  // An indicator chart: its Chinese title is all CJK but for the colon and brackets.
  chart = allCharts().find((c) => c.kind === 'indicator')!;
}, 60_000);

/** The rows a chart image's title occupies at a zoom, read from its <text> baselines. */
function titleRows(svg: string, zoom: number): Rows {
  const el =
    /<text class="[^"]*sj-img-title[^"]*"[^>]*font-size="([\d.]+)"[^>]*>[\s\S]*?<\/text>/.exec(
      svg,
    )!;
  const size = Number(el[1]);
  const ys = [...el[0].matchAll(/\by="([\d.]+)"/g)].map((m) => Number(m[1]));
  return {
    top: Math.floor((Math.min(...ys) - size) * zoom),
    bottom: Math.ceil((Math.max(...ys) + size * 0.3) * zoom),
  };
}

const withoutTitle = (svg: string) =>
  svg.replace(/<text class="[^"]*sj-img-title[^"]*"[^>]*>[\s\S]*?<\/text>/, '');

describe('chart images', () => {
  it('are PNGs at exactly twice the SVG: 1280 px wide', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const files = chartImageFiles().filter((f) => f.chart.id === chart.id && f.lang === lang);
      const png = pngSize(
        await chartImageBytes(
          files.find((f) => f.format === 'png')!,
          site,
        ),
      );
      const svg = new TextDecoder().decode(
        await chartImageBytes(
          files.find((f) => f.format === 'svg')!,
          site,
        ),
      );
      const height = Number(/^<svg[^>]* height="([\d.]+)"/.exec(svg)![1]);
      expect(png).toEqual({ width: 2 * CHART_IMAGE_WIDTH, height: 2 * height });
    }
  });

  it('are not blank', () => {
    const img = rasterize(chartImageSvg(chart, 'zh', site), fonts);
    const ink = inkCount(img.pixels, img.width, img.height);
    // The bars alone cover thousands of pixels; text adds more.
    expect(ink).toBeGreaterThan(0.05 * img.width * img.height);
  });

  it('draw the Chinese title: taking the title out changes its rows substantially', () => {
    const svg = chartImageSvg(chart, 'zh', site);
    const rows = titleRows(svg, 2);
    const full = rasterize(svg, fonts, 2);
    const bare = rasterize(withoutTitle(svg), fonts, 2);
    const changed = diffCount(full.pixels, bare.pixels, full.width, full.height, rows);
    const title = chart.render('zh').title;
    // At 2x a 26 px bold CJK glyph inks a few hundred pixels; ask for 100 a character.
    expect(changed).toBeGreaterThan(100 * [...title].length);
    // Nothing outside the title moved.
    expect(diffCount(full.pixels, bare.pixels, full.width, full.height)).toBe(changed);
  });

  it('draw the title with the subset font, not nothing: a render without CJK fonts differs', () => {
    const svg = chartImageSvg(chart, 'zh', site);
    const rows = titleRows(svg, 1);
    const full = rasterize(svg, fonts);
    const none = rasterize(svg, []);
    expect(inkCount(none.pixels, none.width, none.height, rows)).toBe(0);
    expect(diffCount(full.pixels, none.pixels, full.width, full.height, rows)).toBeGreaterThan(
      40 * [...chart.render('zh').title].length,
    );
  });

  it('render to the same bytes twice', async () => {
    const file = chartImageFiles().find((f) => f.chart.id === chart.id && f.zoom === 2)!;
    const a = await chartImageBytes(file, site);
    const b = await chartImageBytes(file, site);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe('OpenGraph images', () => {
  it('are 1200×630 PNGs with ink, the same bytes twice', async () => {
    for (const key of [
      'default',
      'cities/hefei',
      'indicators/grid.workers',
      'figures/bengbu/counties-penalized-2022',
    ]) {
      const entry = ogEntries().get(key)!;
      const png = await ogImageBytes(entry, site);
      expect(pngSize(png), key).toEqual({ width: 1200, height: 630 });
      expect(Buffer.from(png).equals(Buffer.from(await ogImageBytes(entry, site))), key).toBe(true);
      const img = rasterize(entry.svg(site), fonts);
      expect(inkCount(img.pixels, img.width, img.height), key).toBeGreaterThan(20_000);
    }
  });

  it('draw the figure value, label and city in Chinese and in English', () => {
    const entry = ogEntries().get('figures/hefei/enforcement-personnel-dispatched')!;
    const svg = entry.svg(site);
    for (const text of ['3937人次', '合肥市', '今年以来', '出动执法人员'])
      expect(svg).toContain(text);
    for (const text of ['3,937\u00A0person-times', 'Hefei', 'this year so far', 'Enforcement'])
      expect(svg).toContain(text);
    const full = rasterize(svg, fonts);
    const none = rasterize(svg, []);
    expect(diffCount(full.pixels, none.pixels, full.width, full.height)).toBeGreaterThan(20_000);
  });

  it('write amounts as the report does in Chinese, with every digit in English, in one image', () => {
    const svg = (key: string) => ogEntries().get(key)!.svg(site);
    expect(svg('figures/hefei/fees-refund-ordered')).toContain('89.16万元');
    expect(svg('figures/hefei/fees-refund-ordered')).toContain('891,600\u00A0yuan');
    expect(svg('figures/huangshan/supervised-funds-verified')).toContain('800余万元');
    expect(svg('figures/huangshan/supervised-funds-verified')).toContain(
      '≥\u00A08,000,000\u00A0yuan',
    );
  });
});

describe('the font subset', () => {
  it('has a glyph for every character any image draws (no .notdef boxes, no gaps)', () => {
    const chars = [...imageText(site)].filter((c) => !/\s/u.test(c));
    const size = 40;
    const cols = 32;
    // Cell 0 holds a private-use character no subset has: whatever .notdef draws.
    const cells = ['\uE000', ...chars];
    const rows = Math.ceil(cells.length / cols);
    for (const weight of [400, 700]) {
      const texts = cells.map(
        (c, i) =>
          `<text x="${(i % cols) * size + 6}" y="${Math.floor(i / cols) * size + 30}" font-size="28" font-weight="${weight}">${escapeXml(c)}</text>`,
      );
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${cols * size}" height="${rows * size}"><rect width="100%" height="100%" fill="#fff"/>${texts.join('')}</svg>`;
      const img = rasterize(svg, fonts);
      // .pixels copies the whole image on every read.
      const pixels = img.pixels;
      const at = (i: number) =>
        cell(pixels, img.width, { x: (i % cols) * size, y: Math.floor(i / cols) * size, size });
      const notdef = at(0);
      const missing = chars.filter((_, i) => Buffer.from(at(i + 1)).equals(Buffer.from(notdef)));
      expect(missing, `weight ${weight}`).toEqual([]);
    }
  });

  it('covers the text of every exported image', () => {
    const subset = new Set(imageText(site));
    const images = [
      ...LANGS.map((lang) => chartImageSvg(chart, lang, site)),
      ...[...ogEntries().values()].slice(0, 20).map((e) => e.svg(site)),
    ];
    const drawn = new Set(images.map(drawnText).join(''));
    expect(drawn.size).toBeGreaterThan(100);
    expect([...drawn].filter((c) => !subset.has(c))).toEqual([]);
  });

  it('renders with the PNG renderer only the fonts it is given', async () => {
    // With no fonts at all, no text is drawn: the machine's own fonts are never used.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="10" y="40" font-size="30">合肥 Hefei</text></svg>`;
    const none = rasterize(svg, []);
    expect(inkCount(none.pixels, none.width, none.height)).toBe(0);
    const drawn = rasterize(svg, fonts);
    expect((await drawPng(svg, fonts)).length).toBeGreaterThan(0);
    expect(inkCount(drawn.pixels, drawn.width, drawn.height)).toBeGreaterThan(300);
  });
});

describe('the render cache', () => {
  // render-cache.ts keys a PNG by its SVG, not by the subset of the font a build made: that is
  // only right if every subset holding an image's characters draws it to the same bytes.
  it('gets the same bytes from the build-wide subset and from a subset of just the image’s characters', async () => {
    // A chart in each language, and a (bilingual) OpenGraph image.
    const og = [...ogEntries().values()].find((e) => e.key.startsWith('figures/'))!;
    const images: [string, string][] = [
      ...LANGS.map((lang): [string, string] => [`chart ${lang}`, chartImageSvg(chart, lang, site)]),
      [og.key, og.svg(site)],
    ];
    for (const [what, svg] of images) {
      const own = await subsetFonts(drawnText(svg));
      expect(own).not.toEqual(fonts);
      for (const zoom of [1, 2])
        expect(
          (await drawPng(svg, own, zoom)).equals(await drawPng(svg, fonts, zoom)),
          `${what} ${zoom}x`,
        ).toBe(true);
    }
  }, 60_000);
});

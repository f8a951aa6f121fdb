// Share images painted from their glyphs (glyph-painter.ts) against resvg drawing the same SVG
// whole: every text-only share image of the site is painted, close to resvg's pixels everywhere;
// anything the painter does not recognise is declined, and drawn by resvg to the same bytes as before.
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawPng } from '../../../src/lib/images/draw';
import { imageFonts } from '../../../src/lib/images/catalog';
import { rasterize } from '../../../src/lib/images/fonts';
import { GlyphPainter } from '../../../src/lib/images/glyph-painter';
import { ogEntries } from '../../../src/lib/images/og-entries';
import { encodePng } from '../../../src/lib/images/png';
import { readSvg } from '../../../src/lib/images/svg-reading';
import { SITE_ORIGIN } from '../../lib/expected';

const site = SITE_ORIGIN;
let fonts: string[] = [];
let painter: GlyphPainter;

beforeAll(async () => {
  fonts = await imageFonts(site);
  painter = new GlyphPainter(fonts);
}, 60_000);

const decode = (png: Buffer) => sharp(png).ensureAlpha().raw().toBuffer();
const resvgPng = (svg: string) => {
  const image = rasterize(svg, fonts);
  return encodePng(image.pixels, image.width, image.height);
};

/** Mean difference per channel, and how many channels differ by more than a quarter. */
function difference(a: Uint8Array, b: Uint8Array) {
  let sum = 0;
  let far = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i]! - b[i]!);
    sum += d;
    if (d > 64) far++;
  }
  return { mean: sum / a.length, far: far / a.length };
}

/** A share image's frame with the given body, as og-frame.ts writes it. */
const frame = (body: string, style = '.sj-img-fg{fill:#1a1a1a}') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120" viewBox="0 0 400 120" font-family="'Noto Sans SC', sans-serif">` +
  `<title>t</title><style>${style}</style><rect width="400" height="120" fill="#fff"/>${body}</svg>`;

describe('the glyph painter', () => {
  it('paints every share image but those with a chart in them, close to resvg’s pixels', async () => {
    const declined: string[] = [];
    let painted = 0;
    let worst = { mean: 0, far: 0 };
    for (const entry of ogEntries().values()) {
      const svg = entry.svg(site);
      const result = painter.paint(svg);
      if ('reason' in result) {
        declined.push(entry.key);
        expect(result.reason, entry.key).toMatch(/inside/);
        continue;
      }
      painted++;
      const [got, want] = [await decode(result.png), await decode(await resvgPng(svg))];
      expect(got.length, entry.key).toBe(want.length);
      const d = difference(got, want);
      worst = { mean: Math.max(worst.mean, d.mean), far: Math.max(worst.far, d.far) };
    }
    expect(declined.every((key) => key.startsWith('indicators/'))).toBe(true);
    expect(painted).toBe(ogEntries().size - declined.length);
    expect(painted).toBeGreaterThan(80);
    // Measured: a mean of 0.36 of 255 at worst, and 1 channel in 200,000 off by more than 64
    // (the edge of a glyph a quarter pixel away), where resvg's own pixels would give 0 and 0.
    expect(worst.mean).toBeLessThan(0.6);
    expect(worst.far).toBeLessThan(2e-5);
  }, 120_000);

  it('gives the same bytes twice, and from a painter of its own', () => {
    const svg = ogEntries().get('figures/hefei/fees-refund-ordered')!.svg(site);
    const a = painter.paint(svg);
    const b = new GlyphPainter(fonts).paint(svg);
    expect('png' in a && 'png' in b && a.png.equals(b.png)).toBe(true);
  });

  it('sets text at its anchor, in its weight and colour, with the pen carried across runs', async () => {
    const svg = frame(
      '<text class="sj-img-fg" x="390" y="40" font-size="24" text-anchor="end">合肥 Hefei</text>' +
        '<text class="sj-img-fg" x="10" y="80" font-size="30" font-weight="700">16人<tspan class="sj-img-muted" font-weight="400">\u00A0\uFF65\u00A0persons</tspan></text>' +
        '<text class="sj-img-fg" x="200" y="110" font-size="20" text-anchor="middle"><tspan x="200" y="100">合肥市</tspan></text>',
      '.sj-img-fg{fill:#1a1a1a}\n.sj-img-muted{fill:#595959}',
    );
    const result = painter.paint(svg);
    expect(result).not.toHaveProperty('reason');
    const d = difference(
      await decode((result as { png: Buffer }).png),
      await decode(await resvgPng(svg)),
    );
    expect(d.mean).toBeLessThan(0.6);
    expect(d.far).toBeLessThan(1e-3);
  });

  it.each([
    [
      'a text inside a nested chart',
      frame('<svg x="0" y="0"><text x="1" y="20" font-size="12">合</text></svg>'),
      /inside another/,
    ],
    [
      'a shape over earlier text',
      frame(
        '<text class="sj-img-fg" x="10" y="40" font-size="30">合肥</text><rect x="0" y="0" width="100" height="50"/>',
      ),
      /drawn over text/,
    ],
    [
      'a transform',
      frame(
        '<text class="sj-img-fg" x="10" y="40" font-size="30" transform="rotate(5)">合肥</text>',
      ),
      /has transform/,
    ],
    [
      'a class that is not a plain fill',
      frame(
        '<text class="sj-img-fg" x="10" y="40" font-size="30">合肥</text>',
        '.sj-img-fg{fill:#1a1a1a;opacity:0.5}',
      ),
      /not a plain fill/,
    ],
    [
      'a rule that reaches every text',
      frame(
        '<text class="sj-img-fg" x="10" y="40" font-size="30">合肥</text>',
        '.sj-img-fg{fill:#1a1a1a}\ntext{font-style:italic}',
      ),
      /could reach a text/,
    ],
    [
      'spaces SVG would collapse',
      frame('<text class="sj-img-fg" x="10" y="40" font-size="30">合  肥</text>'),
      /white space/,
    ],
    [
      'a character the font lacks',
      frame('<text class="sj-img-fg" x="10" y="40" font-size="30">\uE000</text>'),
      /no glyph/,
    ],
    [
      'a weight the font lacks',
      frame('<text class="sj-img-fg" x="10" y="40" font-size="30" font-weight="300">合肥</text>'),
      /font-weight 300/,
    ],
    [
      'a scaled viewBox',
      frame('').replace('viewBox="0 0 400 120"', 'viewBox="0 0 200 60"'),
      /viewBox/,
    ],
  ])('declines %s, which resvg then draws', async (_, svg, reason) => {
    const result = painter.paint(svg);
    expect('reason' in result && result.reason).toMatch(reason);
    expect((await drawPng(svg, fonts)).equals(await resvgPng(svg))).toBe(true);
  });
});

describe('readSvg', () => {
  it('reads runs, positions, colours and weights, and leaves the shapes to resvg', () => {
    const reading = readSvg(
      frame(
        '<text class="sj-img-fg" x="64" y="62" font-size="28" font-weight="700">双减<tspan class="sj-img-muted" font-weight="400" lang="en">\u00A0·\u00A0Data</tspan></text>' +
          '<line class="sj-img-rule" x1="64" x2="336" y1="100" y2="100"/>' +
          '<text class="sj-img-muted" lang="en" x="64" y="110" font-size="18"><tspan x="64" y="110">Source: one &amp; two</tspan></text>',
        '.sj-img-fg{fill:#1a1a1a}\n.sj-img-muted{fill:#595959}\n.sj-img-rule{stroke:#595959;stroke-width:2}\n.sj-chart-svg text{fill:#000}',
      ),
    );
    expect('drawing' in reading).toBe(true);
    const { drawing } = reading as Extract<typeof reading, { drawing: unknown }>;
    expect(drawing.texts).toEqual([
      {
        size: 28,
        anchor: 'start',
        x: 64,
        y: 62,
        runs: [
          { text: '双减', fill: 0x1a1a1a, weight: 700, x: undefined, y: undefined },
          { text: '\u00A0·\u00A0Data', fill: 0x595959, weight: 400, x: undefined, y: undefined },
        ],
      },
      {
        size: 18,
        anchor: 'start',
        x: 64,
        y: 110,
        runs: [{ text: 'Source: one & two', fill: 0x595959, weight: 400, x: 64, y: 110 }],
      },
    ]);
    expect(drawing.later).toEqual([
      { name: 'line', after: 1, box: { x0: 62, y0: 98, x1: 338, y1: 102 } },
    ]);
    expect(drawing.background).not.toMatch(/<text|<title/);
    expect(drawing.background).toMatch(/<line class="sj-img-rule"/);
  });
});

// The PNG encoding (png.ts): indexed colour, the same bytes every time, exactly the renderer's
// pixels when they fit 256 colours, and close to them when they do not. sharp decodes every PNG
// here: a second reader, not the encoder checking itself.
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { allCharts } from '../../../src/lib/chart-registry';
import { imageFonts } from '../../../src/lib/images/catalog';
import { chartImageSvg } from '../../../src/lib/images/chart-image';
import { rasterize } from '../../../src/lib/images/fonts';
import { ogEntries } from '../../../src/lib/images/og-entries';
import { encodePng, indexedPng, quantisedPng, straightAlpha } from '../../../src/lib/images/png';
import { SITE_ORIGIN } from '../../lib/expected';

let fonts: string[] = [];
beforeAll(async () => {
  fonts = await imageFonts(SITE_ORIGIN);
}, 60_000);

/** IHDR's colour type: 3 is indexed (palette), 6 is RGBA. */
const colourType = (png: Buffer) => png[25];
const decode = (png: Buffer) => sharp(png).ensureAlpha().raw().toBuffer();

const samples = () => [
  chartImageSvg(
    allCharts().find((c) => c.kind === 'indicator')!,
    'zh',
    SITE_ORIGIN,
  ),
  ...[...ogEntries().values()].slice(0, 3).map((e) => e.svg(SITE_ORIGIN)),
];

describe('exported PNGs', () => {
  it('are indexed colour, exactly the drawn pixels, the same bytes twice, and smaller than RGBA', async () => {
    for (const svg of samples())
      for (const zoom of [1, 2]) {
        const image = rasterize(svg, fonts, zoom);
        const pixels = image.pixels;
        const png = await encodePng(pixels, image.width, image.height);
        expect(colourType(png)).toBe(3);
        expect((await decode(png)).equals(pixels), `zoom ${zoom}`).toBe(true);
        expect(png.equals(await encodePng(pixels, image.width, image.height))).toBe(true);
        expect(png.length).toBeLessThan(0.8 * image.asPng().length);
      }
  }, 60_000);

  it('keep transparency: a colour with alpha gets a tRNS entry and its straight colour', async () => {
    // Two pixels, premultiplied: opaque red, and blue at alpha 128 (0, 0, 128 straight 255).
    const rgba = Uint8Array.from([255, 0, 0, 255, 0, 0, 128, 128]);
    const png = indexedPng(rgba, 2, 1)!;
    expect(png.includes(Buffer.from('tRNS'))).toBe(true);
    expect([...(await decode(png))]).toEqual([255, 0, 0, 255, 0, 0, 255, 128]);
  });

  it('quantise an image of more than 256 colours to 256, close to the original', async () => {
    // A gradient: 300 distinct colours, one a pixel.
    const width = 300;
    const rgba = new Uint8Array(width * 4);
    for (let x = 0; x < width; x++)
      rgba.set([x % 256, Math.floor(x / 2), 255 - (x % 200), 255], 4 * x);
    expect(indexedPng(rgba, width, 1)).toBeUndefined();
    const png = await encodePng(rgba, width, 1);
    expect(png.equals(await quantisedPng(rgba, width, 1))).toBe(true);
    expect(colourType(png)).toBe(3);
    const back = await decode(png);
    const off = [...back].reduce((m, v, i) => Math.max(m, Math.abs(v - rgba[i]!)), 0);
    expect(off).toBeLessThan(16);
  });
});

describe('straightAlpha', () => {
  it('divides premultiplied colour by alpha and leaves opaque pixels alone', () => {
    const px = Uint8Array.from([10, 20, 30, 255, 64, 32, 0, 128, 9, 9, 9, 0]);
    expect([...straightAlpha(px)]).toEqual([10, 20, 30, 255, 128, 64, 0, 128, 0, 0, 0, 0]);
  });
});

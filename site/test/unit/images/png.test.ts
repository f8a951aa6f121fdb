// The PNG encoding (png.ts): indexed colour, the same bytes every time, and pixels a reader
// cannot tell from the renderer's.
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { allCharts } from '../../../src/lib/chart-registry';
import { imageFonts } from '../../../src/lib/images/catalog';
import { chartImageSvg } from '../../../src/lib/images/chart-image';
import { rasterize } from '../../../src/lib/images/fonts';
import { ogEntries } from '../../../src/lib/images/og-entries';
import { encodePng, straightAlpha } from '../../../src/lib/images/png';
import { SITE_ORIGIN } from '../../lib/expected';

let fonts: string[] = [];
beforeAll(async () => {
  fonts = await imageFonts(SITE_ORIGIN);
}, 60_000);

/** IHDR's colour type: 3 is indexed (palette), 6 is RGBA. */
const colourType = (png: Buffer) => png[25];

/** How far the decoded PNG is from the renderer's pixels: largest and mean channel difference. */
async function difference(png: Buffer, rgba: Uint8Array) {
  const decoded = await sharp(png).ensureAlpha().raw().toBuffer();
  expect(decoded.length).toBe(rgba.length);
  let max = 0;
  let sum = 0;
  let off = 0;
  for (let i = 0; i < rgba.length; i++) {
    const d = Math.abs(decoded[i]! - rgba[i]!);
    if (d > max) max = d;
    if (d > 8) off++;
    sum += d;
  }
  return { max, mean: sum / rgba.length, offShare: off / rgba.length };
}

const samples = () => [
  chartImageSvg(
    allCharts().find((c) => c.kind === 'indicator')!,
    'zh',
    SITE_ORIGIN,
  ),
  ...[...ogEntries().values()].slice(0, 3).map((e) => e.svg(SITE_ORIGIN)),
];

describe('exported PNGs', () => {
  it('are indexed colour, the same bytes twice, and smaller than 32-bit RGBA', async () => {
    for (const svg of samples()) {
      const image = rasterize(svg, fonts);
      const png = await encodePng(image.pixels, image.width, image.height);
      expect(colourType(png)).toBe(3);
      expect(png.equals(await encodePng(image.pixels, image.width, image.height))).toBe(true);
      expect(png.length).toBeLessThan(0.6 * image.asPng().length);
    }
  }, 60_000);

  it('keep the pixels: no channel is off by more than 8 on 99.5 % of them, mean under 1', async () => {
    for (const svg of samples()) {
      for (const zoom of [1, 2]) {
        const image = rasterize(svg, fonts, zoom);
        const pixels = image.pixels;
        const d = await difference(await encodePng(pixels, image.width, image.height), pixels);
        expect(d.mean, `zoom ${zoom}`).toBeLessThan(1);
        expect(d.offShare, `zoom ${zoom}`).toBeLessThan(0.005);
      }
    }
  }, 60_000);
});

describe('straightAlpha', () => {
  it('divides premultiplied colour by alpha and leaves opaque pixels alone', () => {
    const px = Uint8Array.from([10, 20, 30, 255, 64, 32, 0, 128, 9, 9, 9, 0]);
    expect([...straightAlpha(px)]).toEqual([10, 20, 30, 255, 128, 64, 0, 128, 0, 0, 0, 0]);
  });
});

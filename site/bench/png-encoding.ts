// pnpm bench:png — a benchmark, not a test: what each libimagequant effort costs and saves on the
// site's own images, to choose png.ts's PNG_ENCODING.
//
// Draws the chart SVGs of a built site (dist/images/charts/*/*.svg; run `pnpm build` first) with
// resvg and the full Noto Sans SC, at 1x (about the pixels of a 1200×630 share image) and at 2x
// (the PNG the site ships), then encodes each drawing as 32-bit RGBA (resvg's own PNG, what the site
// shipped before), as png.ts's exact indexed PNG with each zlib setting, and with sharp's
// libimagequant palette at each effort, with and without dithering. Prints, per setting:
// milliseconds per image (encoding only, median of 3), total bytes against RGBA, the largest and
// mean channel error, and whether two encodings gave the same bytes.
//
// Options: --limit N (images per size, default 24)
import { readdirSync, readFileSync } from 'node:fs';
import * as zlib from 'node:zlib';
import { join } from 'node:path';
import sharp from 'sharp';
import { fontPath, rasterize } from '../src/lib/images/fonts.ts';
import {
  INDEXED_DEFLATE,
  indexedPng,
  PNG_ENCODING,
  quantisedPng,
  singleThreaded,
} from '../src/lib/images/png.ts';

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const limit = Number(option('limit') ?? 24);

const dist = join(import.meta.dirname, '..', 'dist', 'images', 'charts');
const svgs = ['zh', 'en']
  .flatMap((lang) =>
    readdirSync(join(dist, lang))
      .filter((f) => f.endsWith('.svg'))
      .map((f) => join(dist, lang, f)),
  )
  .sort()
  .filter((_, i, all) => i % Math.max(1, Math.floor(all.length / limit)) === 0)
  .slice(0, limit);
if (svgs.length === 0) throw new Error(`no chart SVGs in ${dist}: build the site first`);

const fontFiles = [fontPath('regular'), fontPath('bold')];
singleThreaded(); // as in the render pool's workers

interface Drawing {
  width: number;
  height: number;
  pixels: Buffer;
  rgbaPng: Buffer;
  rgbaMs: number;
}

function draw(file: string, zoom: number): Drawing {
  const image = rasterize(readFileSync(file, 'utf8'), fontFiles, zoom);
  const t = performance.now();
  const rgbaPng = image.asPng();
  return {
    width: image.width,
    height: image.height,
    pixels: image.pixels,
    rgbaPng,
    rgbaMs: performance.now() - t,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function error(png: Buffer, rgba: Buffer): Promise<{ max: number; mean: number }> {
  const decoded = await sharp(png).ensureAlpha().raw().toBuffer();
  let max = 0;
  let sum = 0;
  for (let i = 0; i < rgba.length; i++) {
    const d = Math.abs(decoded[i]! - rgba[i]!);
    if (d > max) max = d;
    sum += d;
  }
  return { max, mean: sum / rgba.length };
}

type Encoder = (d: Drawing) => Promise<Buffer>;
const indexed = (name: string, deflate: zlib.ZlibOptions): [string, Encoder] => [
  `indexed, zlib ${name}`,
  async (d) => indexedPng(Buffer.from(d.pixels), d.width, d.height, deflate)!,
];
const settings: [string, Encoder][] = [
  indexed('run-length (chosen)', INDEXED_DEFLATE),
  indexed('level 1', { level: 1 }),
  indexed('level 4', { level: 4 }),
  indexed('level 6', { level: 6 }),
  indexed('level 9', { level: 9 }),
  ...[1, 3, 5, 7, 10].flatMap((effort) =>
    [0, 1].map((dither): [string, Encoder] => [
      `libimagequant effort ${effort}, dither ${dither}`,
      (d) =>
        quantisedPng(Buffer.from(d.pixels), d.width, d.height, { ...PNG_ENCODING, effort, dither }),
    ]),
  ),
];

console.log(`bench:png — ${svgs.length} chart drawings per size, node ${process.version}`);
console.log(`chosen: ${JSON.stringify(PNG_ENCODING)}\n`);
for (const zoom of [1, 2]) {
  const drawings = svgs.map((f) => draw(f, zoom));
  const pixels = drawings.reduce((n, d) => n + d.width * d.height, 0) / drawings.length;
  const rgbaBytes = drawings.reduce((n, d) => n + d.rgbaPng.length, 0);
  const rgbaMs = drawings.reduce((n, d) => n + d.rgbaMs, 0) / drawings.length;
  console.log(
    `zoom ${zoom}: ${(pixels / 1e6).toFixed(2)} Mpixel an image; RGBA (resvg) ${(rgbaBytes / 1024).toFixed(0)} KB, ${rgbaMs.toFixed(1)} ms an image`,
  );
  console.log(
    `  ${'encoding'.padEnd(36)} ms/image   KB total   vs RGBA   max err   mean err   same bytes`,
  );
  for (const [name, encode] of settings) {
    let bytes = 0;
    let max = 0;
    let mean = 0;
    let same = true;
    const ms: number[] = [];
    for (const d of drawings) {
      const times: number[] = [];
      let first: Buffer | undefined;
      for (let run = 0; run < 3; run++) {
        const t = performance.now();
        const png = await encode(d);
        times.push(performance.now() - t);
        if (!first) first = png;
        else if (!png.equals(first)) same = false;
      }
      ms.push(median(times));
      bytes += first!.length;
      const e = await error(first!, d.pixels);
      max = Math.max(max, e.max);
      mean += e.mean / drawings.length;
    }
    const avg = ms.reduce((a, b) => a + b, 0) / ms.length;
    console.log(
      `  ${name.padEnd(36)} ${avg.toFixed(1).padStart(8)} ${(bytes / 1024).toFixed(0).padStart(10)} ${`${((100 * bytes) / rgbaBytes).toFixed(0)} %`.padStart(9)} ${String(max).padStart(9)} ${mean.toFixed(3).padStart(10)}   ${same ? 'yes' : 'NO'}`,
    );
  }
  console.log('');
}

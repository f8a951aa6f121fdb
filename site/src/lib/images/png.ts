// How every exported PNG is encoded. resvg draws RGBA pixels; the images are flat colours with
// anti-aliased text and lines, about 70 distinct colours in a share image, so:
//
// 1. An image of at most 256 distinct colours is written as an indexed PNG of exactly those
//    colours (indexedPng): lossless, the same pixels as resvg drew, and a third of 32-bit RGBA.
//    zlib's run-length strategy compresses the rows of indices in a fifth of the time of level 6
//    for about 13 % more bytes (BENCHMARKS.md, "PNG encoding"; `pnpm bench:png` measures it again).
// 2. Anything with more colours (no image of the site today) is quantised to 256 colours by
//    sharp (libvips with libimagequant) at PNG_ENCODING: effort 1, no dithering, zlib level 6.
//
// Both are deterministic: the palette is in order of first appearance, zlib and libimagequant give
// the same bytes for the same input, and sharp runs on one thread in the render workers.
// Share images whose text glyph-painter.ts draws come with their own palette and rows of indices,
// and are written by writeIndexedPng, as indexedPng writes what resvg drew.
import * as zlib from 'node:zlib';
import sharp, { type PngOptions } from 'sharp';

/** sharp's png() options, for images of more than 256 colours. */
export const PNG_ENCODING = {
  palette: true,
  colours: 256,
  quality: 100,
  effort: 1,
  dither: 0,
  compressionLevel: 6,
} as const;

/** How indexedPng deflates its rows: run-length, the fastest that still halves RGBA. */
export const INDEXED_DEFLATE = { strategy: zlib.constants.Z_RLE, level: 6 } as const;

/** Rows of palette indices (each led by its filter byte, 0) and the palette, in first-seen order. */
export interface Indexed {
  rows: Uint8Array;
  colours: number[];
}

/**
 * resvg's RGBA pixels (as little-endian words) as rows of indices into exactly their colours, or
 * undefined if there are more than 256.
 */
export function indexPixels(rgba: Uint8Array, width: number, height: number): Indexed | undefined {
  // Signed words: a colour with alpha 255 would be a double as an unsigned one.
  const pixels = new Int32Array(rgba.buffer, rgba.byteOffset, width * height);
  const bytes = Buffer.from(rgba.buffer, rgba.byteOffset, 4 * width * height);
  const stride = width + 1;
  // Each row: filter type 0 (none), then one index a pixel.
  const rows = new Uint8Array(height * stride);
  // An open-addressed table of the colours seen: 1,024 slots for at most 256 colours.
  const keys = new Int32Array(1024);
  const slots = new Int16Array(1024).fill(-1);
  const colours: number[] = [];
  let last = pixels.length > 0 ? ~pixels[0]! : 0; // not the first pixel's colour
  let lastIndex = 0;
  for (let y = 0, i = 0; y < height; y++, i += width) {
    let o = y * stride + 1;
    // A row the same as the one above (half the rows of a chart) has the same indices, and no
    // new colour: copied. Its last pixel is the one before the next row, as if it were read.
    if (y > 0 && bytes.compare(bytes, 4 * (i - width), 4 * i, 4 * i, 4 * (i + width)) === 0) {
      rows.copyWithin(o, o - stride, o - 1);
      continue;
    }
    for (let x = i, end = i + width; x < end; x++, o++) {
      const c = pixels[x]!;
      if (c !== last) {
        let s = Math.imul(c, 0x9e3779b1) >>> 22;
        while (slots[s] !== -1 && keys[s] !== c) s = (s + 1) & 1023;
        if (slots[s] === -1) {
          if (colours.length === 256) return undefined;
          keys[s] = c;
          slots[s] = colours.length;
          colours.push(c >>> 0);
        }
        last = c;
        lastIndex = slots[s]!;
      }
      rows[o] = lastIndex;
    }
  }
  return { rows, colours };
}

/**
 * resvg's premultiplied RGBA pixels as an indexed-colour PNG (8-bit indices, PLTE, and tRNS if
 * any colour is not opaque) of exactly the image's colours, or undefined if it has more than 256.
 */
export function indexedPng(
  rgba: Uint8Array,
  width: number,
  height: number,
  deflate: zlib.ZlibOptions = INDEXED_DEFLATE,
): Buffer | undefined {
  const indexed = indexPixels(rgba, width, height);
  return indexed && writeIndexedPng(indexed.rows, indexed.colours, width, height, deflate);
}

/**
 * An indexed-colour PNG of rows of palette indices (each row led by its filter byte, 0) and the
 * palette's colours as little-endian premultiplied RGBA words (red the low byte), as resvg writes
 * its pixels: PLTE, and tRNS if any colour is not opaque.
 */
export function writeIndexedPng(
  rows: Uint8Array,
  colours: ArrayLike<number>,
  width: number,
  height: number,
  deflate: zlib.ZlibOptions = INDEXED_DEFLATE,
): Buffer {
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    out.set(data, 8);
    out.writeUInt32BE(zlib.crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // colour type: indexed
  const palette = Buffer.alloc(3 * colours.length);
  const alpha = Buffer.alloc(colours.length);
  for (let k = 0; k < colours.length; k++) {
    const c = colours[k]!;
    // Premultiplied colour divided back by its alpha.
    const a = c >>> 24;
    const straight = (v: number) => (a === 0 ? 0 : Math.min(255, Math.round((v * 255) / a)));
    palette[3 * k] = straight(c & 255);
    palette[3 * k + 1] = straight((c >>> 8) & 255);
    palette[3 * k + 2] = straight((c >>> 16) & 255);
    alpha[k] = a;
  }
  const opaque = alpha.every((a) => a === 255);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    ...(opaque ? [] : [chunk('tRNS', alpha)]),
    chunk('IDAT', zlib.deflateSync(rows, deflate)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/**
 * resvg's pixels are premultiplied RGBA; sharp reads straight RGBA. Every exported image paints
 * an opaque background, where the two are the same, so this only divides where alpha < 255.
 */
export function straightAlpha(rgba: Uint8Array): Uint8Array {
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.length / 4);
  for (let p = 0; p < pixels.length; p++) {
    if (pixels[p]! >= 0xff000000) continue; // alpha (the high byte) is 255
    const i = 4 * p;
    const a = rgba[i + 3]!;
    for (let c = i; c < i + 3; c++)
      rgba[c] = a === 0 ? 0 : Math.min(255, Math.round((rgba[c]! * 255) / a));
  }
  return rgba;
}

/** resvg's RGBA pixels as a PNG: exactly indexed when they fit 256 colours, else quantised. */
export async function encodePng(
  rgba: Uint8Array,
  width: number,
  height: number,
  encoding: PngOptions = PNG_ENCODING,
): Promise<Buffer> {
  return indexedPng(rgba, width, height) ?? quantisedPng(rgba, width, height, encoding);
}

/** The fallback: libimagequant's 256 colours (sharp), for images with more. */
export function quantisedPng(
  rgba: Uint8Array,
  width: number,
  height: number,
  encoding: PngOptions = PNG_ENCODING,
): Promise<Buffer> {
  return sharp(straightAlpha(Uint8Array.from(rgba)), { raw: { width, height, channels: 4 } })
    .png(encoding)
    .toBuffer();
}

/** The encoder's versions that decide the bytes: sharp, libvips, libimagequant, libpng, zlib. */
export const ENCODER = [
  `node-zlib@${process.versions.zlib}`,
  ...['sharp', 'vips', 'imagequant', 'png', 'zlib-ng'].map(
    (name) => `${name}@${(sharp.versions as Record<string, string | undefined>)[name]}`,
  ),
].join(' ');

/** One libvips thread per call: the render pool already runs one worker per CPU. */
export function singleThreaded(): void {
  sharp.concurrency(1);
  sharp.cache(false);
}

// How every exported PNG is encoded: resvg draws RGBA pixels, and sharp (libvips with
// libimagequant) writes them as an indexed PNG of at most 256 colours. The images are flat
// colours with anti-aliased text and lines, so a palette loses nothing a reader sees and the
// files are about a third of 32-bit RGBA (BENCHMARKS.md, "PNG encoding", has the measurements
// and `pnpm bench:png` makes them again). libimagequant is deterministic for the same pixels and
// settings, and sharp runs it on one thread here, so the same SVG gives the same bytes.
// Run by Node itself too (the render pool's workers), so this file imports nothing of the site.
import sharp, { type PngOptions } from 'sharp';

/**
 * sharp's png() options. effort is libimagequant's speed (1 fastest … 10 slowest); dithering is
 * off: on flat colours it only adds noise around text (and bytes); zlib level 6 takes half the
 * time of 9 for 2 % more bytes.
 */
export const PNG_ENCODING = {
  palette: true,
  colours: 256,
  quality: 100,
  effort: 1,
  dither: 0,
  compressionLevel: 6,
} as const;

/**
 * resvg's pixels are premultiplied RGBA; sharp reads straight RGBA. Every exported image paints
 * an opaque background, where the two are the same, so this only divides where alpha < 255.
 */
export function straightAlpha(rgba: Uint8Array): Uint8Array {
  for (let i = 3; i < rgba.length; i += 4) {
    const a = rgba[i]!;
    if (a === 255) continue;
    for (let c = i - 3; c < i; c++)
      rgba[c] = a === 0 ? 0 : Math.min(255, Math.round((rgba[c]! * 255) / a));
  }
  return rgba;
}

/** resvg's RGBA pixels as an indexed PNG. */
export function encodePng(
  rgba: Uint8Array,
  width: number,
  height: number,
  encoding: PngOptions = PNG_ENCODING,
): Promise<Buffer> {
  return sharp(straightAlpha(rgba), { raw: { width, height, channels: 4 } })
    .png(encoding)
    .toBuffer();
}

/** The encoder's versions that decide the bytes: sharp, libvips, libimagequant, libpng, zlib. */
export const ENCODER = ['sharp', 'vips', 'imagequant', 'png', 'zlib-ng']
  .map((name) => `${name}@${(sharp.versions as Record<string, string | undefined>)[name]}`)
  .join(' ');

/** One libvips thread per call: the render pool already runs one worker per CPU. */
export function singleThreaded(): void {
  sharp.concurrency(1);
  sharp.cache(false);
}

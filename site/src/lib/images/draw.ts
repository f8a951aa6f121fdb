// How every exported PNG is drawn, in the render pool's workers (render-pool.ts) and wherever an
// image is drawn on the spot: a share image whose text glyph-painter.ts recognises is painted
// from its glyphs; any other image (a chart, at 2x; a share image with a chart in it) is drawn by
// resvg whole and encoded by png.ts.
import { rasterize } from './fonts.ts';
import { GlyphPainter } from './glyph-painter.ts';
import { encodePng } from './png.ts';

export { singleThreaded } from './png.ts';

let painter: { fonts: string; painter: GlyphPainter } | undefined;
// Pixels of whole drawings, and of painters no longer in use (see renderedPixels()).
let drawnPixels = 0;

/** The painter of a set of fonts (one a build: the subset of every image's characters). */
function painterFor(fontFiles: readonly string[]): GlyphPainter {
  const fonts = fontFiles.join('\0');
  if (painter?.fonts !== fonts) {
    drawnPixels += painter?.painter.renderedPixels ?? 0;
    painter = { fonts, painter: new GlyphPainter(fontFiles) };
  }
  return painter.painter;
}

/** A PNG, and whether its text was painted from glyphs (else resvg drew it whole). */
export interface Drawn {
  png: Buffer;
  painted: boolean;
}

/** An SVG as a PNG, drawn with exactly the given fonts (never the machine's), scaled by zoom. */
export async function drawImage(svg: string, fontFiles: string[], zoom = 1): Promise<Drawn> {
  if (zoom === 1) {
    const painted = painterFor(fontFiles).paint(svg);
    if ('png' in painted) return { png: painted.png, painted: true };
  }
  const image = rasterize(svg, fontFiles, zoom);
  drawnPixels += image.width * image.height;
  return { png: await encodePng(image.pixels, image.width, image.height), painted: false };
}

/** drawImage()'s PNG bytes. */
export async function drawPng(svg: string, fontFiles: string[], zoom = 1): Promise<Buffer> {
  return (await drawImage(svg, fontFiles, zoom)).png;
}

/**
 * How many pixels resvg has drawn in this thread so far. Each drawing holds native memory that is
 * freed only when V8 collects the small object that owns it: the render workers collect garbage
 * by this count, not by the number of images (a painted image draws only its new glyphs).
 */
export function renderedPixels(): number {
  return drawnPixels + (painter?.painter.renderedPixels ?? 0);
}

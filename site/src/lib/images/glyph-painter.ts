// Draws the text of a share image from glyphs drawn once, instead of having resvg lay out and fill
// every glyph of every image again. A share image is flat colour and about 300 glyphs; resvg took
// about 29 ms of a core for one (9 ms to parse and lay out its text, 13 ms to fill it, 6 ms to
// index and deflate the pixels), and a 300-city site has 8,859 of them (BENCHMARKS.md). Here:
//
// 1. svg-reading.ts splits the SVG into its background (every shape: the SVG without its text)
//    and its text. resvg draws the background, which few images differ in (the footer's rule moves
//    with the footer's lines), once per distinct background; its pixels are kept as indices into
//    its own colours.
// 2. fontkit lays each run of text out in the same font file resvg would use, with the same
//    default OpenType features (kerning, ligatures) as resvg's rustybuzz.
// 3. Each glyph is drawn alone by resvg, as the path fontkit reads from the font, at its size and
//    at its position's fraction of a pixel rounded to a quarter (STEPS), and kept: a glyph of a
//    size at one of 16 offsets is drawn once per worker, then copied.
// 4. Its coverage is blended over the background in the text's colour, straight into palette
//    indices (a table from background index, colour and coverage to index), so the image is never
//    scanned for its colours, and written by png.ts's writeIndexedPng.
//
// The result differs from resvg's own drawing of the SVG only where a glyph sits at a fraction of
// a pixel between two quarters: a mean of well under 1 of 255 per channel
// (test/unit/images/glyph-painter.test.ts compares every share image of the site). It is the same
// bytes whatever the subset of the font (the glyph outlines are the same) and from run to run.
// Anything it does not recognise, more than 256 colours, or a glyph the font lacks, it declines
// with a reason, and the image is drawn by resvg whole (draw.ts).
import { Resvg } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';
import { indexPixels, writeIndexedPng, type Indexed } from './png.ts';
import { readSvg, type Box, type Drawing, type TextElement } from './svg-reading.ts';

/** Glyph positions are rounded to this fraction of a pixel, across and down. */
export const STEPS = 4;

/** A glyph's coverage (0–255) in a box whose top left is (x0, y0) from its pixel position. */
interface Mask {
  x0: number;
  y0: number;
  w: number;
  h: number;
  alpha: Uint8Array;
}

/** A run laid out: glyph ids, offsets and advances in font units. */
interface Shaped {
  unitsPerEm: number;
  ids: number[];
  dx: number[];
  dy: number[];
  advance: number[];
}

/** A glyph placed: its mask and the pixel its origin falls in. */
interface Placed {
  mask: Mask;
  px: number;
  py: number;
  fill: number;
}

export type Painted = { png: Buffer } | { reason: string };

// Bounds on what a painter keeps: masks are about 1 KB, a background a byte a pixel.
const MAX_MASKS = 60_000;
const MAX_BACKGROUNDS = 24;
const MAX_RUNS = 4_000;
// Text colours an image may use, and so the size of the blend table.
const MAX_FILLS = 8;

function fontOf(file: string): fontkit.Font {
  const font = fontkit.openSync(file);
  if (!('layout' in font)) throw new Error(`${file}: a font collection, not one font`);
  return font;
}

export class GlyphPainter {
  private readonly fonts = new Map<number, fontkit.Font>();
  private readonly masks = new Map<string, Mask | null>();
  // Lines repeat across images (the header, the footer's credit, a city's source line).
  private readonly runs = new Map<string, Shaped | string>();
  private readonly backgrounds = new Map<string, Indexed | string>();
  // From background index, text colour and coverage to palette index, for this image only: an
  // entry holds the image's number above its 9 low bits (so no table is cleared between images).
  private readonly blend = new Int32Array(256 * MAX_FILLS * 256);
  private images = 0;
  private rows = new Uint8Array(0);
  /** Pixels resvg has drawn for this painter (its native memory, until V8 collects it). */
  renderedPixels = 0;

  /** fontFiles: the regular and the bold font, as fonts.ts's subsetFonts() gives them. */
  constructor(fontFiles: readonly string[]) {
    for (const file of fontFiles) {
      const font = fontOf(file);
      this.fonts.set(font['OS/2'].usWeightClass, font);
    }
  }

  /** The PNG of an image's SVG, or why this painter does not draw it. */
  paint(svg: string): Painted {
    const reading = readSvg(svg);
    if ('reason' in reading) return reading;
    const { drawing } = reading;
    const placed: Placed[] = [];
    const boxes: Box[] = [];
    for (const text of drawing.texts) {
      const laid = this.layout(text, placed);
      if (typeof laid === 'string') return { reason: laid };
      boxes.push(laid);
    }
    for (const shape of drawing.later) {
      const covered = boxes.slice(0, shape.after).some((b) => overlap(b, shape.box));
      if (covered) return { reason: `a ${shape.name} drawn over text` };
    }
    const background = this.background(drawing);
    if (typeof background === 'string') return { reason: background };
    return this.compose(drawing, background, placed);
  }

  /** Place a text's glyphs (appended to placed); the box its ink may cover, or a reason. */
  private layout(t: TextElement, placed: Placed[]): Box | string {
    const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
    // A chunk runs from one absolute x to the next and moves as a whole for text-anchor; pen
    // positions stay exact until then, and are rounded to STEPS only to pick the glyph's mask.
    let chunk: { x: number; y: number; gid: number; weight: number; fill: number }[] = [];
    let width = 0;
    const endChunk = () => {
      const shift = t.anchor === 'end' ? -width : t.anchor === 'middle' ? -width / 2 : 0;
      for (const g of chunk) {
        const [x, y] = [g.x + shift, g.y];
        const [px, py] = [Math.floor(x), Math.floor(y)];
        const fx = Math.round((x - px) * STEPS);
        const fy = Math.round((y - py) * STEPS);
        const mask = this.mask(g.weight, g.gid, t.size, fx, fy);
        if (!mask) continue;
        placed.push({ mask, px, py, fill: g.fill });
        box.x0 = Math.min(box.x0, px + mask.x0);
        box.y0 = Math.min(box.y0, py + mask.y0);
        box.x1 = Math.max(box.x1, px + mask.x0 + mask.w);
        box.y1 = Math.max(box.y1, py + mask.y0 + mask.h);
      }
      chunk = [];
      width = 0;
    };
    let [x, y] = [t.x, t.y];
    for (const run of t.runs) {
      if (run.x !== undefined) {
        endChunk();
        x = run.x;
      }
      if (run.y !== undefined) y = run.y;
      const shaped = this.shape(run.weight, run.text);
      if (typeof shaped === 'string') return shaped;
      const scale = t.size / shaped.unitsPerEm;
      for (let i = 0; i < shaped.ids.length; i++) {
        chunk.push({
          x: x + shaped.dx[i]! * scale,
          y: y - shaped.dy[i]! * scale,
          gid: shaped.ids[i]!,
          weight: run.weight,
          fill: run.fill,
        });
        x += shaped.advance[i]! * scale;
        width += shaped.advance[i]! * scale;
      }
    }
    endChunk();
    return box;
  }

  /** A run of text laid out by fontkit in a weight, in font units; or a reason. */
  private shape(weight: number, text: string): Shaped | string {
    const key = `${weight} ${text}`;
    let shaped = this.runs.get(key);
    if (shaped !== undefined) return shaped;
    const font = this.fonts.get(weight);
    if (!font) shaped = `no font of weight ${weight}`;
    else {
      const { glyphs, positions } = font.layout(text);
      const missing = glyphs.find((g) => g.id === 0);
      shaped = missing
        ? `no glyph for "${String.fromCodePoint(...missing.codePoints)}"`
        : {
            unitsPerEm: font.unitsPerEm,
            ids: glyphs.map((g) => g.id),
            dx: positions.map((p) => p.xOffset),
            dy: positions.map((p) => p.yOffset),
            advance: positions.map((p) => p.xAdvance),
          };
    }
    if (this.runs.size >= MAX_RUNS) this.runs.clear();
    this.runs.set(key, shaped);
    return shaped;
  }

  /** A glyph's coverage at a size and offset, drawn by resvg the first time; null if blank. */
  private mask(weight: number, gid: number, size: number, fx: number, fy: number): Mask | null {
    const key = `${weight} ${gid} ${size} ${fx} ${fy}`;
    let mask = this.masks.get(key);
    if (mask !== undefined) return mask;
    const font = this.fonts.get(weight)!;
    const glyph = font.getGlyph(gid);
    const s = size / font.unitsPerEm;
    const bb = glyph.bbox;
    const [ox, oy] = [fx / STEPS, fy / STEPS];
    if (!(bb.maxX > bb.minX && bb.maxY > bb.minY)) mask = null;
    else {
      // One pixel of room on each side for anti-aliasing.
      const x0 = Math.floor(bb.minX * s + ox) - 1;
      const y0 = Math.floor(-bb.maxY * s + oy) - 1;
      const w = Math.ceil(bb.maxX * s + ox) + 1 - x0;
      const h = Math.ceil(-bb.minY * s + oy) + 1 - y0;
      const svg =
        `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">` +
        `<path transform="translate(${ox - x0} ${oy - y0}) scale(${s} ${-s})" d="${glyph.path.toSVG()}"/></svg>`;
      const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
      this.renderedPixels += w * h;
      const alpha = new Uint8Array(w * h);
      for (let i = 0; i < alpha.length; i++) alpha[i] = pixels[4 * i + 3]!;
      mask = { x0, y0, w, h, alpha };
    }
    if (this.masks.size >= MAX_MASKS) this.masks.clear();
    this.masks.set(key, mask);
    return mask;
  }

  /** The background drawn by resvg as rows of palette indices, or why it cannot be used. */
  private background(d: Drawing): Indexed | string {
    let bg = this.backgrounds.get(d.background);
    if (bg !== undefined) return bg;
    bg = indexBackground(d);
    this.renderedPixels += d.width * d.height;
    if (this.backgrounds.size >= MAX_BACKGROUNDS)
      this.backgrounds.delete(this.backgrounds.keys().next().value!);
    this.backgrounds.set(d.background, bg);
    return bg;
  }

  /** Blend every placed glyph over the background, as palette indices, and write the PNG. */
  private compose(d: Drawing, bg: Indexed, placed: Placed[]): Painted {
    const { width, height } = d;
    const stride = width + 1;
    // One buffer a painter, overwritten for each image (deflated before the next): a new one each
    // time left 756 KB of garbage an image, which the workers' heaps held until collected.
    if (this.rows.length !== bg.rows.length) this.rows = new Uint8Array(bg.rows.length);
    const rows = this.rows;
    rows.set(bg.rows);
    const colours = bg.colours.slice();
    const index = new Map(colours.map((c, i) => [c, i]));
    const fills: number[] = [];
    const blend = this.blend;
    if (++this.images === 1 << 22) {
      // Before the stamp overflows: start again from a cleared table.
      blend.fill(0);
      this.images = 1;
    }
    const stamp = this.images << 9;
    for (const { mask, px, py, fill } of placed) {
      let f = fills.indexOf(fill);
      if (f < 0) {
        if (fills.length === MAX_FILLS) return { reason: `more than ${MAX_FILLS} text colours` };
        f = fills.push(fill) - 1;
      }
      const [r, g, b] = [fill >> 16, (fill >> 8) & 255, fill & 255];
      const left = px + mask.x0;
      // The mask's columns that fall inside the image.
      const [from, to] = [Math.max(0, -left), Math.min(mask.w, width - left)];
      for (let my = 0; my < mask.h; my++) {
        const y = py + mask.y0 + my;
        if (y < 0 || y >= height) continue;
        const row = y * stride + 1 + left;
        const line = my * mask.w;
        for (let mx = from; mx < to; mx++) {
          const a = mask.alpha[line + mx]!;
          if (a === 0) continue;
          const o = row + mx;
          const under = rows[o]!;
          const slot = (((under * MAX_FILLS) | f) << 8) | a;
          let k = blend[slot]! - stamp;
          if (k < 0 || k > 255) {
            const colour = over(colours[under]!, r, g, b, a);
            k = index.get(colour) ?? -1;
            if (k < 0) {
              if (colours.length === 256) return { reason: 'more than 256 colours' };
              k = colours.push(colour) - 1;
              index.set(colour, k);
            }
            blend[slot] = stamp + k;
          }
          rows[o] = k;
        }
      }
    }
    return { png: writeIndexedPng(rows, colours, width, height) };
  }
}

/** An opaque colour (little-endian RGBA word) with r, g, b over it at coverage a of 255. */
function over(under: number, r: number, g: number, b: number, a: number): number {
  const mix = (top: number, bottom: number) => Math.round((top * a + bottom * (255 - a)) / 255);
  const [ur, ug, ub] = [under & 255, (under >>> 8) & 255, (under >>> 16) & 255];
  return ((0xff << 24) | (mix(b, ub) << 16) | (mix(g, ug) << 8) | mix(r, ur)) >>> 0;
}

function overlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** resvg's drawing of the background as palette indices: opaque, at most 256 colours. */
function indexBackground(d: Drawing): Indexed | string {
  const image = new Resvg(d.background, { font: { loadSystemFonts: false } }).render();
  if (image.width !== d.width || image.height !== d.height) return 'the background is not its size';
  const indexed = indexPixels(image.pixels, d.width, d.height);
  if (!indexed) return 'the background has more than 256 colours';
  if (indexed.colours.some((c) => c >>> 24 !== 255)) return 'the background is not opaque';
  return indexed;
}

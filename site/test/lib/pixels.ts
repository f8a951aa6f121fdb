// Reading rendered images in tests: PNG headers and RGBA pixel buffers.

/** Width and height from a PNG's IHDR chunk (which must come first, right after the signature). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => png[i] === b)) throw new Error('not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const type = String.fromCharCode(...png.subarray(12, 16));
  if (type !== 'IHDR') throw new Error(`first chunk is ${type}, not IHDR`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Rows [top, bottom) of an RGBA image, clamped to the image. */
export interface Rows {
  top: number;
  bottom: number;
}

const rowsOf = (width: number, height: number, rows?: Rows) => ({
  from: Math.max(0, rows?.top ?? 0) * width,
  to: Math.min(height, rows?.bottom ?? height) * width,
});

/** Opaque pixels that are not (near) white: what was drawn (transparent pixels are not ink). */
export function inkCount(rgba: Uint8Array, width: number, height: number, rows?: Rows): number {
  const { from, to } = rowsOf(width, height, rows);
  let n = 0;
  for (let p = from; p < to; p++) {
    const i = p * 4;
    if (rgba[i + 3]! > 32 && (rgba[i]! < 224 || rgba[i + 1]! < 224 || rgba[i + 2]! < 224)) n++;
  }
  return n;
}

/** Pixels whose colour differs between two renderings of the same size. */
export function diffCount(
  a: Uint8Array,
  b: Uint8Array,
  width: number,
  height: number,
  rows?: Rows,
): number {
  if (a.length !== b.length) throw new Error('images differ in size');
  const { from, to } = rowsOf(width, height, rows);
  let n = 0;
  for (let p = from; p < to; p++) {
    const i = p * 4;
    if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) n++;
  }
  return n;
}

/** The RGBA pixels of one cell of a grid image. */
export function cell(
  rgba: Uint8Array,
  width: number,
  box: { x: number; y: number; size: number },
): Uint8Array {
  const out = new Uint8Array(box.size * box.size * 4);
  for (let row = 0; row < box.size; row++) {
    const start = ((box.y + row) * width + box.x) * 4;
    out.set(rgba.subarray(start, start + box.size * 4), row * box.size * 4);
  }
  return out;
}

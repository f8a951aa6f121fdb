// A content-addressed cache of rendered PNGs, like Astro's own cache of optimised images: the key
// is the SHA-256 of everything that decides the bytes (the renderer's, the font reader's and the
// encoder's versions, our own drawing code by its source, the PNG encoding, the zoom, the font
// package's version and the SVG), so a hit is byte-identical to a fresh render and a change
// anywhere is a miss. The key leaves out which subset of the font a build made (fonts.ts): every
// subset holds the outlines of every character an image draws, unchanged, and keeps the
// substitutions and kerning between them, so any subset draws the same pixels (render.test.ts); a build that hits the cache for every
// image then never needs to make the subset. It lives in <site>/node_modules/.cache/shuangjian-images/ (kept
// between builds by CI caches of node_modules, gone on a fresh clone).
//
// SHUANGJIAN_IMAGE_CACHE=off renders everything (check:reproducible does, to prove the renderer
// itself is deterministic); SHUANGJIAN_IMAGE_CACHE=<dir> puts the cache elsewhere.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cacheDir } from '../build-cache';
import { siteRoot } from '../site-root';
import { writeWhole } from '../write-whole';
import { ENCODER, INDEXED_DEFLATE, PNG_ENCODING } from './png';

const require = createRequire(import.meta.url);
/** A package's version, from its package.json (found from its entry: some export no package.json). */
function version(name: string): string {
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
    if (pkg.name === name) return pkg.version;
  }
  throw new Error(`no package.json of ${name} above ${require.resolve(name)}`);
}
/** The modules the render workers draw with (draw.ts and what it imports). */
export const DRAWING_CODE = ['draw', 'fonts', 'glyph-painter', 'svg-reading', 'png'].map(
  (name) => `src/lib/images/${name}.ts`,
);

/**
 * What decides the bytes besides the SVG and the zoom: renderer, font reader, encoder, font,
 * subsetter, and our own code between them (how text is painted and pixels indexed), by its source.
 */
const RENDERER = [
  `code@${drawingCodeHash()}`,
  ...[
    '@resvg/resvg-js',
    'fontkit',
    'htmlparser2',
    '@expo-google-fonts/noto-sans-sc',
    'subset-font',
  ].map((name) => `${name}@${version(name)}`),
  ENCODER,
  JSON.stringify([INDEXED_DEFLATE, PNG_ENCODING]),
].join(' ');

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]); // IEND + CRC

function drawingCodeHash(): string {
  const hash = createHash('sha256');
  for (const file of DRAWING_CODE) hash.update(readFileSync(join(siteRoot(), file)));
  return hash.digest('hex').slice(0, 16);
}

/** The cache key of a render. */
export function renderKey(svg: string, zoom: number): string {
  return createHash('sha256').update(`${RENDERER}\0zoom ${zoom}\0`).update(svg).digest('hex');
}

/** A whole PNG (signature to IEND), or a truncated or foreign file that must not be served. */
const isWholePng = (b: Buffer) =>
  b.length > PNG_SIGNATURE.length + PNG_END.length &&
  b.subarray(0, 8).equals(PNG_SIGNATURE) &&
  b.subarray(b.length - 8).equals(PNG_END);

/** The cached PNG of a key; read off the main thread, so that pages keep being generated. */
export async function cachedPng(key: string): Promise<Buffer | undefined> {
  const dir = cacheDir();
  if (!dir) return undefined;
  try {
    const bytes = await readFile(join(dir, `${key}.png`));
    return isWholePng(bytes) ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/** Where the PNG of a key is cached, or undefined when the cache is off. */
export function cacheFile(key: string): string | undefined {
  const dir = cacheDir();
  return dir && join(dir, `${key}.png`);
}

export function storePng(key: string, png: Buffer): void {
  const file = cacheFile(key);
  if (file) writeWhole(file, png);
}

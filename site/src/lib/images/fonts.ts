import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { writeWhole } from '../write-whole.ts';

/** The one family every exported image is drawn in (Noto Sans SC, OFL-1.1; see README.md). */
export const FONT_FAMILY = 'Noto Sans SC';

/** font-family of exported SVGs: Noto Sans SC for the PNG renderer, then system CJK fonts for browsers. */
export const FONT_STACK = [
  `'${FONT_FAMILY}'`,
  "'Noto Sans CJK SC'",
  "'Source Han Sans SC'",
  "'PingFang SC'",
  "'Hiragino Sans GB'",
  "'Microsoft YaHei'",
  'sans-serif',
].join(', ');

const WEIGHTS = {
  regular: '400Regular/NotoSansSC_400Regular.ttf',
  bold: '700Bold/NotoSansSC_700Bold.ttf',
} as const;

export type Weight = keyof typeof WEIGHTS;

const require = createRequire(import.meta.url);

/** The full TTF of a weight, from the @expo-google-fonts/noto-sans-sc package. */
export function fontPath(weight: Weight): string {
  return require.resolve(`@expo-google-fonts/noto-sans-sc/${WEIGHTS[weight]}`);
}

/** The distinct characters of text, sorted by code point: the key of a subset. */
export function charset(text: string): string {
  return [...new Set(text)].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

const subsets = new Map<string, Promise<string[]>>();

/**
 * Subset both weights to the characters of text (once per distinct character set in a process)
 * and return the paths of the subset TTFs. The files are named by their content hash in the
 * temp dir, so concurrent builds share them safely. resvg-js 2.6 loads fonts from paths only.
 */
export function subsetFonts(text: string): Promise<string[]> {
  const chars = charset(text);
  let pending = subsets.get(chars);
  if (!pending) {
    pending = Promise.all((Object.keys(WEIGHTS) as Weight[]).map((w) => writeSubset(w, chars)));
    subsets.set(chars, pending);
  }
  return pending;
}

async function writeSubset(weight: Weight, chars: string): Promise<string> {
  const font = await subsetFont(readFileSync(fontPath(weight)), chars, { targetFormat: 'sfnt' });
  const dir = join(tmpdir(), 'shuangjian-fonts');
  const hash = createHash('sha256').update(font).digest('hex').slice(0, 16);
  const file = join(dir, `noto-sans-sc-${weight}-${hash}.ttf`);
  if (!existsSync(file)) writeWhole(file, font);
  return file;
}

/** Draw an SVG with exactly the given fonts (never the machine's), scaled by zoom. */
export function rasterize(svg: string, fontFiles: string[], zoom = 1) {
  return new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: 'zoom', value: zoom },
    logLevel: 'error',
  }).render();
}

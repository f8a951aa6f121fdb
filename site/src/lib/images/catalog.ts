import { LANGS, type Lang } from '../../i18n/lang';
import { allCharts, type ChartEntry } from '../chart-registry';
import { chartImageSvg } from './chart-image';
import { subsetFonts } from './fonts';
import { ogImagePath } from './links';
import { ogEntries, type OgEntry } from './og-entries';
import { renderPngAsync } from './render-pool';
import { drawnText } from './text';

/** One downloadable file of a chart: the SVG, or the PNG (drawn at 2x: 1280 px wide). */
export interface ChartImageFile {
  lang: Lang;
  chart: ChartEntry;
  /** File name under /images/charts/<lang>/: "<id>.svg" or "<id>.png". */
  file: string;
  format: 'svg' | 'png';
  zoom: 1 | 2;
}

// One PNG, at twice the SVG's size: sharp on a phone's or a laptop's high-density screen and in
// print, and a 640 px copy is one resize away (BENCHMARKS.md says what the 1x file cost).
const VARIANTS = [
  { suffix: '.svg', format: 'svg', zoom: 1 },
  { suffix: '.png', format: 'png', zoom: 2 },
] as const;

/** Every chart image file, in chart order, both languages. */
export function chartImageFiles(): ChartImageFile[] {
  return allCharts().flatMap((chart) =>
    LANGS.flatMap((lang) =>
      VARIANTS.map((v) => ({
        lang,
        chart,
        file: `${chart.id}${v.suffix}`,
        format: v.format,
        zoom: v.zoom,
      })),
    ),
  );
}

/**
 * An image file of the site as a build writes it: its path under the site root, its SVG, and the
 * zoom to draw that SVG at as a PNG (none: the file is the SVG itself).
 */
export interface ImageFile {
  path: string;
  svg: string;
  zoom?: number;
}

/** Every image file: each chart's SVG and PNG in both languages, then every share image. */
export function imageFiles(site: URL | string): ImageFile[] {
  const charts = chartImageFiles().map((f) => ({
    path: `images/charts/${f.lang}/${f.file}`,
    svg: chartSvg(f, site),
    zoom: f.format === 'png' ? f.zoom : undefined,
  }));
  const shares = [...ogEntries().values()].map((og) => ({
    path: ogImagePath(og.key).slice(1),
    svg: og.svg(site),
    zoom: 1,
  }));
  return [...charts, ...shares];
}

/** Every character the SVGs draw, for the font subset: one subset serves them all. */
export function drawnChars(svgs: Iterable<string>): string {
  const chars = new Set<string>();
  for (const svg of svgs) for (const c of drawnText(svg)) chars.add(c);
  return [...chars].join('');
}

const texts = new Map<string, string>();

/** Every character any exported image draws (computed once per site address). */
export function imageText(site: URL | string): string {
  const key = String(site);
  let text = texts.get(key);
  if (text === undefined) {
    text = drawnChars(imageFiles(site).map((f) => f.svg));
    texts.set(key, text);
  }
  return text;
}

/** The fonts subset to every character of every image (computed once per build). */
export function imageFonts(site: URL | string): Promise<string[]> {
  return subsetFonts(imageText(site));
}

// The SVG and the PNG of a chart are built one after another from one SVG: keep the last few.
const recent = new Map<string, string>();
const RECENT = 16;

function chartSvg(f: ChartImageFile, site: URL | string): string {
  const key = `${f.chart.id}\0${f.lang}\0${String(site)}`;
  let svg = recent.get(key);
  if (svg === undefined) {
    svg = chartImageSvg(f.chart, f.lang, site);
    recent.set(key, svg);
    if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  }
  return svg;
}

/** A chart image file's bytes. */
export async function chartImageBytes(
  f: ChartImageFile,
  site: URL | string,
): Promise<Uint8Array<ArrayBuffer>> {
  const svg = chartSvg(f, site);
  if (f.format === 'svg') return new TextEncoder().encode(svg);
  return new Uint8Array(await renderPngAsync(svg, f.zoom, () => imageFonts(site)));
}

/** An OpenGraph image's PNG bytes. */
export async function ogImageBytes(
  e: OgEntry,
  site: URL | string,
): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await renderPngAsync(e.svg(site), 1, () => imageFonts(site)));
}

import type { Lang } from '../../i18n/lang';
import { ogEntries } from './og-entries';
import { OG_HEIGHT, OG_WIDTH } from './og-frame';

/** The downloads of a chart in a language: standalone SVG and PNG at 2x (root-relative). */
export function chartImageLinks(chartId: string, lang: Lang): { svg: string; png: string } {
  const base = `/images/charts/${lang}/${chartId}`;
  return { svg: `${base}.svg`, png: `${base}.png` };
}

/** The URL path of an OpenGraph image by its key ("cities/hefei"); the same for both languages. */
export const ogImagePath = (key: string) => `/images/og/${key}.png`;

/** What a page's og:image meta tags say. */
export interface OgImageMeta {
  /** Root-relative; make it absolute with the site address. */
  path: string;
  alt: string;
  width: number;
  height: number;
}

// og:image:alt is read up to 420 characters (X's limit).
const MAX_ALT = 420;

/**
 * The OpenGraph image of a page, from its language-neutral path: a city page (and its source
 * reader) gets the city's image, a figure or indicator page its own; every other page the default.
 * The image is the same for both languages (it is bilingual); its alt text is in the page's.
 */
export function ogImageFor(path: string, lang: Lang): OgImageMeta {
  const entry = ogEntries().get(ogKey(path)) ?? ogEntries().get('default')!;
  const text = entry.alt[lang];
  const chars = [...text];
  const alt = chars.length > MAX_ALT ? `${chars.slice(0, MAX_ALT - 1).join('')}…` : text;
  return { path: ogImagePath(entry.key), alt, width: OG_WIDTH, height: OG_HEIGHT };
}

/** The key of the image a page path asks for; ogImageFor falls back to the default if none exists. */
function ogKey(path: string): string {
  const city = /^\/cities\/([^/]+)\/(?:source\/)?$/.exec(path);
  if (city) return `cities/${city[1]}`;
  const page = /^\/(indicators\/[^/]+|figures\/[^/]+\/[^/]+)\/$/.exec(path);
  return page ? page[1]! : 'default';
}

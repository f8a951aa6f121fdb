// What the built site must contain, derived from the data packages (never from dist).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indicators } from '@shuangjian/indicators';
import type { Dataset, Figure, Indicator } from '@shuangjian/schema';
import { siteAddress } from '../../src/lib/site-address';

/** The site/ folder. */
export const SITE_DIR = fileURLToPath(new URL('../..', import.meta.url));

const sitePackage = JSON.parse(readFileSync(join(SITE_DIR, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** Packages of the site that are not a city's. */
const NOT_CITIES = ['@shuangjian/schema', '@shuangjian/indicators', '@shuangjian/all-cities'];

/** The city packages the site depends on: every @shuangjian/* dependency but those above. */
export const CITY_PACKAGES: readonly string[] = Object.keys(sitePackage.dependencies)
  .filter((n) => n.startsWith('@shuangjian/'))
  .filter((n) => !NOT_CITIES.includes(n))
  .sort();

/** Every published package: the cities and the others. */
export const PUBLISHED_PACKAGES: readonly string[] = [...CITY_PACKAGES, ...NOT_CITIES];

export const DATASETS: readonly Dataset[] = await Promise.all(
  CITY_PACKAGES.map(async (name) => ((await import(name)) as { dataset: Dataset }).dataset),
);

export const INDICATORS: readonly Indicator[] = indicators;

/**
 * The public address the site was built for: SITE_URL, else site.config.json's (e.g.
 * "https://shuangjian-data.example"); set SITE_URL when testing a build made with it.
 */
export const SITE_ORIGIN = siteAddress(
  (JSON.parse(readFileSync(join(SITE_DIR, 'site.config.json'), 'utf8')) as { site: string }).site,
  { SITE_URL: process.env.SITE_URL },
);

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };
export const NOT_REPORTED: Record<Lang, RegExp> = { zh: /未报告/, en: /not reported/i };

/** "/cities/hefei/" in a language: Chinese at the root, English under /en/. */
export function localePath(lang: Lang, path: string): string {
  return lang === 'zh' ? path : `/en${path}`;
}

export const STATIC_PATHS = [
  '/',
  '/cities/',
  '/indicators/',
  '/compare/',
  '/data/',
  '/methodology/',
  '/about/',
  '/changelog/',
] as const;

export const cityPath = (city: string) => `/cities/${city}/`;
export const sourcePath = (city: string) => `/cities/${city}/source/`;
export const figurePath = (f: Pick<Figure, 'city' | 'id'>) => `/figures/${f.city}/${f.id}/`;
export const indicatorPath = (i: Pick<Indicator, 'id'>) => `/indicators/${i.id}/`;

export interface ExpectedPage {
  kind: 'static' | 'city' | 'source' | 'figure' | 'indicator';
  /** Language-neutral path, e.g. "/cities/hefei/". */
  path: string;
}

/** Every page the site must have, once per language (add localePath for each). */
export function expectedPages(): ExpectedPage[] {
  return [
    ...STATIC_PATHS.map((path) => ({ kind: 'static' as const, path })),
    ...DATASETS.map((d) => ({ kind: 'city' as const, path: cityPath(d.city.slug) })),
    ...DATASETS.map((d) => ({ kind: 'source' as const, path: sourcePath(d.city.slug) })),
    ...DATASETS.flatMap((d) =>
      d.figures.map((f) => ({ kind: 'figure' as const, path: figurePath(f) })),
    ),
    ...INDICATORS.map((i) => ({ kind: 'indicator' as const, path: indicatorPath(i) })),
  ];
}

const require = createRequire(join(SITE_DIR, 'package.json'));

/** The folder of an installed city package. */
export function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** Files under a folder, as sorted relative paths with "/" separators. */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      const rel = prefix ? `${prefix}/${name}` : name;
      return statSync(full).isDirectory() ? listFiles(full, rel) : [rel];
    });
}

/** The published files of a city package: data/** and datapackage.json, relative paths. */
export function packageDownloads(d: Dataset): string[] {
  return [...listFiles(join(packageDir(d.name), 'data'), 'data'), 'datapackage.json'].sort();
}

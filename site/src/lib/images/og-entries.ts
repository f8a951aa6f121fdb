import { LANGS, type Lang } from '../../i18n/lang';
import { allFigures, DATASETS, INDICATORS } from '../site-data';
import { cityOg, defaultOg, figureOg, indicatorOg, type OgImage } from './og-image';

/** An OpenGraph image with its key: "<lang>/cities/<city>", "<lang>/figures/<city>/<id>", ... */
export interface OgEntry extends OgImage {
  key: string;
  lang: Lang;
}

let ogCache: Map<string, OgEntry> | undefined;

/** Every OpenGraph image by key: per city, indicator and figure page, and a default, both languages. */
export function ogEntries(): Map<string, OgEntry> {
  if (ogCache) return ogCache;
  const entries: OgEntry[] = LANGS.flatMap((lang) => [
    { key: `${lang}/default`, lang, ...defaultOg(lang) },
    ...DATASETS.map((d) => ({ key: `${lang}/cities/${d.city.slug}`, lang, ...cityOg(d, lang) })),
    ...INDICATORS.map((i) => ({
      key: `${lang}/indicators/${i.id}`,
      lang,
      ...indicatorOg(i.id, lang),
    })),
    ...allFigures().map(({ dataset, figure }) => ({
      key: `${lang}/figures/${figure.city}/${figure.id}`,
      lang,
      ...figureOg(dataset, figure, lang),
    })),
  ]);
  ogCache = new Map(entries.map((e) => [e.key, e]));
  return ogCache;
}

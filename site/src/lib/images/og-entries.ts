import { allFigures, DATASETS, INDICATORS } from '../site-data';
import { cityOg, defaultOg, figureOg, indicatorOg, type OgImage } from './og-image';

/**
 * An OpenGraph image with its key: "default", "cities/<city>", "indicators/<id>" or
 * "figures/<city>/<id>". One image serves a page in both languages (it carries both).
 */
export interface OgEntry extends OgImage {
  key: string;
}

let ogCache: Map<string, OgEntry> | undefined;

/** Every OpenGraph image by key: one per city, indicator and figure page, and a default. */
export function ogEntries(): Map<string, OgEntry> {
  if (ogCache) return ogCache;
  const entries: OgEntry[] = [
    { key: 'default', ...defaultOg() },
    ...DATASETS.map((d) => ({ key: `cities/${d.city.slug}`, ...cityOg(d) })),
    ...INDICATORS.map((i) => ({ key: `indicators/${i.id}`, ...indicatorOg(i.id) })),
    ...allFigures().map(({ dataset, figure }) => ({
      key: `figures/${figure.city}/${figure.id}`,
      ...figureOg(dataset, figure),
    })),
  ];
  ogCache = new Map(entries.map((e) => [e.key, e]));
  return ogCache;
}

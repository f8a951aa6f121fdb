import type { Figure } from '@shuangjian/schema';
import { localePath, type Lang } from '../i18n/lang';

/** Every internal link is built here, so that pages and tests agree on the site map. */
export const links = {
  home: (lang: Lang) => localePath(lang, '/'),
  cities: (lang: Lang) => localePath(lang, '/cities/'),
  city: (lang: Lang, city: string) => localePath(lang, `/cities/${city}/`),
  source: (lang: Lang, city: string) => localePath(lang, `/cities/${city}/source/`),
  figure: (lang: Lang, f: Pick<Figure, 'city' | 'id'>) =>
    localePath(lang, `/figures/${f.city}/${f.id}/`),
  /** The figure's highlight in the source reader. */
  quote: (lang: Lang, f: Pick<Figure, 'city' | 'id'>) =>
    `${localePath(lang, `/cities/${f.city}/source/`)}#q-${f.id}`,
  indicators: (lang: Lang) => localePath(lang, '/indicators/'),
  indicator: (lang: Lang, id: string) => localePath(lang, `/indicators/${id}/`),
  compare: (lang: Lang) => localePath(lang, '/compare/'),
  data: (lang: Lang) => localePath(lang, '/data/'),
  methodology: (lang: Lang) => localePath(lang, '/methodology/'),
  about: (lang: Lang) => localePath(lang, '/about/'),
  changelog: (lang: Lang) => localePath(lang, '/changelog/'),
  search: (lang: Lang) => localePath(lang, '/search/'),
  /** A data file published under /downloads/ (same for both languages). */
  download: (city: string, file: string) => `/downloads/${city}/${file}`,
};

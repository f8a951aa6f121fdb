/** One page the site benchmark loads: a page type, in one language. */
export interface SitePage {
  /** Short name of the page type, such as `city`. */
  type: string;
  /** The path in the default language (Chinese), such as `/cities/hefei/`. */
  path: string;
  lang: 'zh' | 'en';
  /** The path actually requested: `path`, under `/en` for English, with any query. */
  url: string;
  /** Measured and shown, but held to no budget and not run through Lighthouse. */
  informational?: boolean;
}

/** One page of each type; hefei stands in for every city. */
export const PAGE_TYPES: readonly (readonly [type: string, path: string])[] = [
  ['home', '/'],
  ['city', '/cities/hefei/'],
  ['source', '/cities/hefei/source/'],
  ['figure', '/figures/hefei/enforcement-personnel-dispatched/'],
  ['indicator', '/indicators/enforcement.personnel-dispatched/'],
  ['compare', '/compare/'],
  ['data', '/data/'],
  ['methodology', '/methodology/'],
  ['search', '/search/'],
];

/** Every page type in Chinese, then in English, type by type. */
export const PAGES: readonly SitePage[] = PAGE_TYPES.flatMap(([type, path]) =>
  (['zh', 'en'] as const).map((lang) => ({
    type,
    path,
    lang,
    url: lang === 'en' ? `/en${path}` : path,
  })),
);

/**
 * The search page after a query (`?q=` runs it on load): what Pagefind fetches on demand (its JS,
 * WebAssembly, index chunks and result fragments). An interaction, not a page load, so no budget.
 */
export const SEARCH_QUERIES: readonly SitePage[] = [
  ['zh', '/search/?q=执法', '/search/?q=执法'],
  ['en', '/search/?q=inspections', '/en/search/?q=inspections'],
].map(([lang, path, url]) => ({
  type: 'search query',
  path: path!,
  lang: lang as SitePage['lang'],
  url: url!,
  informational: true,
}));

// The pictures `pnpm screenshots` takes (scripts/src/cli/screenshots.ts): every page type at a phone
// width and a desktop width, light and dark, in Chinese and English; and the page that shows them.
import { PAGE_TYPES, SEARCH_QUERIES } from '../bench/site/pages.ts';

/** Page types besides the benchmark's: lists, the embed, the changelog and the about page. */
const MORE_TYPES: readonly (readonly [type: string, path: string])[] = [
  ['cities', '/cities/'],
  ['indicators', '/indicators/'],
  ['figure-rate', '/figures/huangshan/non-academic-approval-rate/'],
  ['embed', '/embed/latest/indicator-enforcement-personnel-dispatched/'],
  ['about', '/about/'],
  ['changelog', '/changelog/'],
];

export const WIDTHS = [360, 1280] as const;
export const SCHEMES = ['light', 'dark'] as const;
const LANGS = ['zh', 'en'] as const;

/** The search page after a query, listing results: the benchmark's query in each language. */
const SEARCH_RESULTS = 'search-results';

/** The address of a page type in a language. */
function urlOf(type: string, path: string, lang: (typeof LANGS)[number]): string {
  if (type === SEARCH_RESULTS) return SEARCH_QUERIES.find((q) => q.lang === lang)!.url;
  return lang === 'en' ? `/en${path}` : path;
}

export interface Shot {
  type: string;
  url: string;
  lang: (typeof LANGS)[number];
  width: (typeof WIDTHS)[number];
  scheme: (typeof SCHEMES)[number];
  file: string;
}

/** Every screenshot to take, in the order index.html shows them. */
export function shots(): Shot[] {
  const types = [...PAGE_TYPES, ...MORE_TYPES, [SEARCH_RESULTS, '/search/'] as const];
  return types.flatMap(([type, path]) =>
    LANGS.flatMap((lang) =>
      WIDTHS.flatMap((width) =>
        SCHEMES.map((scheme) => ({
          type,
          url: urlOf(type, path, lang),
          lang,
          width,
          scheme,
          file: `${type}-${lang}-${width}-${scheme}.png`,
        })),
      ),
    ),
  );
}

/** index.html: one row per page type and language, its four pictures side by side. */
export function contactSheet(list: readonly Shot[]): string {
  const rows = new Map<string, Shot[]>();
  for (const s of list)
    rows.set(`${s.type} ${s.lang}`, [...(rows.get(`${s.type} ${s.lang}`) ?? []), s]);
  const row = ([name, group]: [string, Shot[]]) =>
    `<section><h2>${name} <code>${group[0]!.url}</code></h2><div>${group
      .map(
        (s) =>
          `<figure><a href="${s.file}"><img src="${s.file}" alt="${name} ${s.width} px ${s.scheme}" width="${s.width === 360 ? 180 : 480}" loading="lazy"></a><figcaption>${s.width} px, ${s.scheme}</figcaption></figure>`,
      )
      .join('')}</div></section>`;
  return `<!doctype html><meta charset="utf-8"><title>Screenshots</title>
<style>body{font:14px system-ui;margin:1rem}div{display:flex;gap:1rem;align-items:flex-start;overflow-x:auto}figure{margin:0}img{border:1px solid #999;height:auto}</style>
<h1>Screenshots of site/dist</h1>
${[...rows].map(row).join('\n')}
`;
}

import type { LocalizedText } from '@shuangjian/schema';
import { localePath, type Lang } from '../../i18n/lang';
import { strings } from '../../i18n/strings';
import { getDataset } from '../site-data';

/** The compilation's name as an image credits it, after the original publishers. */
export const COMPILER: LocalizedText = {
  zh: '双减治理数据 (Shuangjian Data)',
  en: 'Shuangjian Data (双减治理数据)',
};

/** The compilation's name alone in each language. */
export const COMPILER_NAMES: LocalizedText = { zh: '双减治理数据', en: 'Shuangjian Data' };

export const LICENCE = 'CC BY 4.0';

// Bound with no-break spaces, so that wrapping never splits the licence's name.
const licence = LICENCE.replace(/ /g, '\u00A0');

/**
 * The publisher and title of a city's report, as chart-registry credits it; short, the publisher
 * alone (where several cities share one line).
 */
export function publisherCredit(slug: string, short = false): LocalizedText {
  const s = getDataset(slug).sources[0]!;
  // "合肥市(报告以城市名义撰写…)" -> "合肥市": the note in brackets is for the data page.
  const cut = (t: string) => t.split(/[(\uFF08]/)[0]!.trim();
  if (short) return { zh: `${cut(s.author.zh)}报告`, en: `${cut(s.author.en)}’s report` };
  return { zh: `${cut(s.author.zh)}《${s.title.zh}》`, en: `${cut(s.author.en)}, “${s.title.en}”` };
}

/** The lines an image carries: original publishers first, then the compilation and its data version, then the licence. */
export interface Attribution {
  source: string;
  compiler: string;
  licence: string;
  /** The page the image belongs to, absolute. */
  url: string;
}

/**
 * At most this many publishers and packages are named in an image; the rest are counted. An
 * indicator chart across 300 cities otherwise credited 300 reports and 300 package versions, and
 * its image grew to 640 × 9,143 px (a 93 MB pixmap at 2x). The page at the image's address lists
 * every source.
 */
export const MAX_NAMED = 5;

const T = strings({
  zh: {
    more: {
      reports: (rest: number) => `另${rest}份报告(全部列于下方网址)`,
      // An OpenGraph image draws no address: the page it is shared with lists them.
      reportsOnPage: (rest: number) => `另${rest}份报告(全部列于本页)`,
      packages: (rest: number) => `另${rest}个版本`,
    },
    source: (credits: string[]) => `来源:${credits.join(';')}`,
    compiler: (versions: string[]) => `整理:${COMPILER.zh},数据版本 ${versions.join('、')}`,
    licence: `许可:${licence}`,
    // The shared line of a bilingual image puts each label before its English one.
    compiled: '整理',
    version: '数据版本',
    licensed: '许可',
  },
  en: {
    more: {
      reports: (rest: number) => `and ${rest} more reports (all listed at the address below)`,
      reportsOnPage: (rest: number) => `and ${rest} more reports (all listed on the page)`,
      packages: (rest: number) => `and ${rest} more versions`,
    },
    source: (credits: string[]) => `Source: ${credits.join('; ')}`,
    compiler: (versions: string[]) =>
      `Compiled by ${COMPILER.en}, data version ${versions.join(', ')}`,
    licence: `Licence: ${licence}`,
    compiled: 'Compiled by',
    version: 'Data version',
    licensed: 'Licence',
  },
});

function named(
  items: string[],
  lang: Lang,
  what: 'reports' | 'reportsOnPage' | 'packages',
): string[] {
  if (items.length <= MAX_NAMED) return items;
  const rest = items.length - MAX_NAMED;
  const more = T[lang].more[what](rest);
  return [...items.slice(0, MAX_NAMED), more];
}

export function attribution(o: {
  credits: LocalizedText[];
  packages: { name: string; version: string }[];
  /** The page the image belongs to. */
  url: string;
  lang: Lang;
}): Attribution {
  // The dataset version readers can cite (the city packages share one), not npm package names.
  const versions = named([...new Set(o.packages.map((p) => p.version))], o.lang, 'packages');
  const credits = named(
    o.credits.map((c) => c[o.lang]),
    o.lang,
    'reports',
  );
  const t = T[o.lang];
  return {
    source: t.source(credits),
    compiler: t.compiler(versions),
    licence: t.licence,
    url: o.url,
  };
}

/** The absolute address of a page in a language. */
export function pageUrl(site: URL | string, lang: Lang, neutralPath: string): string {
  return new URL(localePath(lang, neutralPath), site).href;
}

/**
 * The source line of an OpenGraph image in one language ("来源:…" / "Source: …"): publishers named
 * up to MAX_NAMED, the rest counted (and found on the page the image is shared with).
 */
export function sourceLine(credits: LocalizedText[], lang: Lang): string {
  return T[lang].source(
    named(
      credits.map((c) => c[lang]),
      lang,
      'reportsOnPage',
    ),
  );
}

/**
 * One line for both languages, after the source lines of a bilingual image: the compilation, its
 * data versions and the licence, each Chinese label followed by the English one ("整理 Compiled by
 * 双减治理数据 Shuangjian Data · 数据版本 Data version 0.1.0 · 许可 Licence CC BY 4.0"). The change of
 * script separates the languages; a reader of either reads a whole sentence in it.
 */
export function bilingualCredit(versions: string[]): string {
  const distinct = [...new Set(versions)];
  const shown = distinct.slice(0, MAX_NAMED).join(', ');
  const rest = distinct.length - MAX_NAMED;
  const more = rest > 0 ? ` ${T.zh.more.packages(rest)} ${T.en.more.packages(rest)}` : '';
  const both = (label: 'compiled' | 'version' | 'licensed') => `${T.zh[label]} ${T.en[label]}`;
  return [
    `${both('compiled')} ${COMPILER_NAMES.zh} ${COMPILER_NAMES.en}`,
    `${both('version')} ${shown}${more}`,
    `${both('licensed')} ${licence}`,
  ].join(' · ');
}

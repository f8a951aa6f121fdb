/** The site's languages. Chinese is the default, served at the root; English under /en/. */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** BCP 47 tag for <html lang> and hreflang. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };

/** OpenGraph locale. */
export const OG_LOCALE: Record<Lang, string> = { zh: 'zh_CN', en: 'en_US' };

const OTHER: Record<Lang, Lang> = { zh: 'en', en: 'zh' };

/** The other language (the one the language switch leads to). */
export function otherLang(lang: Lang): Lang {
  return OTHER[lang];
}

/** The value of the [...lang] route parameter for a language. */
export function langParam(lang: Lang): string | undefined {
  return lang === 'zh' ? undefined : 'en';
}

/** The language a [...lang] parameter stands for; anything else is an error. */
export function langFromParam(param: string | undefined): Lang {
  if (param === undefined || param === '') return 'zh';
  if (param === 'en') return 'en';
  throw new Error(`unknown language segment "${param}"`);
}

/** The path of a page in a language: path('en', '/cities/hefei/') is '/en/cities/hefei/'. */
export function localePath(lang: Lang, path: string): string {
  if (!path.startsWith('/')) throw new Error(`localePath needs an absolute path, got "${path}"`);
  return lang === 'zh' ? path : `/en${path}`;
}

/** The language-neutral path of a URL pathname ('/en/cities/' -> '/cities/'). */
export function neutralPath(pathname: string): string {
  return pathname === '/en' || pathname.startsWith('/en/') ? pathname.slice(3) || '/' : pathname;
}

/** getStaticPaths entries for one page in both languages. */
export function bothLanguages<P extends Record<string, string | undefined>, T extends object>(
  make: (lang: Lang) => { params: P; props: T }[],
): { params: P & { lang: string | undefined }; props: T & { lang: Lang } }[] {
  return LANGS.flatMap((lang) =>
    make(lang).map(({ params, props }) => ({
      params: { ...params, lang: langParam(lang) },
      props: { ...props, lang },
    })),
  );
}

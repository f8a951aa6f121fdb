// What the search index (dist/pagefind/<lang>/, written by src/lib/postbuild/run.ts) holds: one
// bundle per language with only its language's pages, each page's main content and not its
// citation, BibTeX, navigation or page furniture, and none of Pagefind's unused UI files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui';
import { formatValue } from '../../src/lib/format';
import { BUILD_HINT, DIST, distBuilt } from '../lib/dist';
import { DATASETS, LANGS, figurePath, localePath } from '../lib/expected';

interface Fragment {
  url: string;
  content: string;
}

/** Every page record of a language's bundle (a fragment is "pagefind_dcd" + gzipped JSON). */
function fragments(lang: string): Map<string, Fragment> {
  const dir = join(DIST, 'pagefind', lang, 'fragment');
  const out = new Map<string, Fragment>();
  for (const f of readdirSync(dir)) {
    const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    const record = JSON.parse(raw.slice(raw.indexOf('{'))) as Fragment;
    out.set(record.url, record);
  }
  return out;
}

let index: Record<string, Map<string, Fragment>> = {};
beforeAll(() => {
  if (!distBuilt()) throw new Error(BUILD_HINT);
  index = Object.fromEntries(LANGS.map((lang) => [lang, fragments(lang)]));
});

// Pagefind sets words apart with zero-width spaces in Chinese text.
const flat = (s: string) => s.replace(/[\s\u200B]+/g, '');

describe('the search index', () => {
  it('has a bundle per language with only that language’s pages, and no unused UI files', () => {
    for (const lang of LANGS) {
      const urls = [...index[lang]!.keys()];
      expect(urls.length).toBeGreaterThan(100);
      for (const url of urls) expect(url.startsWith('/en/'), url).toBe(lang === 'en');
      const files = readdirSync(join(DIST, 'pagefind', lang));
      expect(files).toContain('pagefind.js');
      expect(files.filter((f) => /ui|highlight|playground/.test(f))).toEqual([]);
    }
    expect(readdirSync(join(DIST, 'pagefind')).sort()).toEqual([...LANGS].sort());
  });

  it('holds each figure’s title (first), value and quote, not its citation, BibTeX or headings', () => {
    const problems: string[] = [];
    for (const lang of LANGS) {
      const t = ui(lang);
      for (const d of DATASETS)
        for (const f of d.figures) {
          const url = localePath(lang, figurePath(f));
          const page = index[lang]!.get(url);
          if (!page) {
            problems.push(`${url}: not in the index`);
            continue;
          }
          const text = flat(page.content);
          // The record opens with the figure's title: excerpts start with the figure's words.
          if (!text.startsWith(flat(f.title[lang])))
            problems.push(`${url}: starts ${text.slice(0, 20)}`);
          for (const want of [f.title[lang], formatValue(f, lang), f.quote.text])
            if (!text.includes(flat(want))) problems.push(`${url}: lacks ${want}`);
          for (const unwanted of [t.citation, t.quoteInContext, t.showInSource, '@misc', 'BibTeX'])
            if (text.includes(flat(unwanted))) problems.push(`${url}: has ${unwanted}`);
        }
    }
    expect(problems).toEqual([]);
  });

  it('leaves the skip link, navigation and footer of every page out', () => {
    for (const lang of LANGS) {
      const t = ui(lang);
      const chrome = [t.skipToContent, t.mainNav, t.footerLicence].map(flat);
      const found = [...index[lang]!.values()].flatMap((p) =>
        chrome.filter((c) => flat(p.content).includes(c)).map((c) => `${p.url}: ${c}`),
      );
      expect(found).toEqual([]);
    }
  });
});

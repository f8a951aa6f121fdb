// What the built pages give Pagefind for search results (data-pagefind-meta): each city, figure and
// source page names its city, and each figure page its value exactly as formatValue writes it.
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatValue } from '../../src/lib/format';
import { BUILD_HINT, distBuilt, loadPages, type Page } from '../lib/dist';
import { DATASETS, LANGS, cityPath, figurePath, localePath, sourcePath } from '../lib/expected';

let pages = new Map<string, Page>();

beforeAll(() => {
  if (!distBuilt()) throw new Error(BUILD_HINT);
  pages = loadPages();
});

/** The metadata Pagefind reads from a page: key -> values (element text, or the inline value). */
function pagefindMeta(page: Page): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  for (const el of page.root.querySelectorAll('[data-pagefind-meta]')) {
    const spec = el.getAttribute('data-pagefind-meta')!;
    const inline = /^(\w+):(.*)$/s.exec(spec);
    const [key, value] = inline ? [inline[1]!, inline[2]!] : [spec, text(el)];
    meta.set(key, [...(meta.get(key) ?? []), value]);
  }
  return meta;
}

const text = (el: HTMLElement) => el.textContent.replace(/\s+/g, ' ').trim();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('search metadata', () => {
  it('figure pages name their city and give the value as formatValue writes it', () => {
    const problems: string[] = [];
    for (const lang of LANGS)
      for (const d of DATASETS)
        for (const f of d.figures) {
          const path = localePath(lang, figurePath(f));
          const page = pages.get(path);
          if (!page) {
            problems.push(`${path}: missing`);
            continue;
          }
          const meta = pagefindMeta(page);
          const want = { city: [d.city.name[lang]], value: [norm(formatValue(f, lang))] };
          const got = { city: meta.get('city'), value: meta.get('value')?.map(norm) };
          if (JSON.stringify(got) !== JSON.stringify(want))
            problems.push(`${path}: ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
        }
    expect(problems).toEqual([]);
  });

  it('city and source pages name their city, and give no value', () => {
    const problems: string[] = [];
    for (const lang of LANGS)
      for (const d of DATASETS)
        for (const path of [cityPath(d.city.slug), sourcePath(d.city.slug)].map((p) =>
          localePath(lang, p),
        )) {
          const meta = pagefindMeta(pages.get(path)!);
          const got = { city: meta.get('city'), value: meta.get('value') };
          if (JSON.stringify(got) !== JSON.stringify({ city: [d.city.name[lang]] }))
            problems.push(`${path}: ${JSON.stringify(got)}`);
        }
    expect(problems).toEqual([]);
  });
});

// Figure pages are named by the figure's short title (h1, <title>, og:title) with the full label as
// the description; English pages give quote_en beside the Chinese quote (lang marks: lang-marks.test.ts).
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { rateChart } from '../../src/lib/chart-registry';
import { BUILD_HINT, distBuilt, loadPages, type Page } from '../lib/dist';
import { cityPath, DATASETS, figurePath, LANGS, localePath } from '../lib/expected';

let pages: Map<string, Page>;
beforeAll(() => {
  if (!distBuilt()) throw new Error(BUILD_HINT);
  pages = loadPages();
});

const FIGURES = DATASETS.flatMap((d) => d.figures.map((f) => ({ d, f })));
/** Text as a reader sees it: entities decoded, runs of white space as one space. */
const shown = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();

describe('figure titles', () => {
  it.each(LANGS)(
    '%s: every figure page has the title as its h1, <title> and og:title, the label under it',
    (lang) => {
      expect(FIGURES.length).toBeGreaterThan(80);
      const problems: string[] = [];
      for (const { d, f } of FIGURES) {
        const p = pages.get(localePath(lang, figurePath(f)));
        if (!p) {
          problems.push(`${f.global_id}: no ${lang} page`);
          continue;
        }
        const at = (m: string) => problems.push(`${p.path}: ${m}`);
        const h1 = shown(p.root.querySelector('main h1'));
        if (h1 !== f.title[lang]) at(`h1 "${h1}", title "${f.title[lang]}"`);
        const name = `${d.city.name[lang]} · ${f.title[lang]}`;
        const title = shown(p.root.querySelector('head title'));
        if (!title.startsWith(`${name} · `)) at(`<title> "${title}" does not start "${name} · "`);
        const og = p.root.querySelector('meta[property="og:title"]')?.getAttribute('content');
        if (og !== name) at(`og:title "${og}", want "${name}"`);
        const description = shown(p.root.querySelector('main h1 + p'));
        if (description !== f.label[lang])
          at(`the paragraph after h1 is "${description}", not the label`);
        // Machines read the same name: JSON-LD names the figure by its title, the label describes it.
        const ld = p.root
          .querySelectorAll('script[type="application/ld+json"]')
          .map(
            (s) => JSON.parse(s.text) as { '@type'?: string; name?: string; description?: string },
          )
          .find((x) => x['@type'] === 'Dataset');
        if (ld?.name !== `${d.city.name[lang]}: ${f.title[lang]}`) at(`JSON-LD name "${ld?.name}"`);
        if (!ld?.description?.startsWith(f.label[lang])) at('JSON-LD description is not the label');
        // The citation names it by its title too.
        const bibtex = p.root.querySelector('#citation-bibtex + pre')?.text ?? '';
        if (!bibtex.includes(f.title[lang])) at('no BibTeX with the figure title');
        if (lang === 'en') {
          const zh = p.root.querySelector('main h1 + p + p');
          if (zh?.getAttribute('lang') !== 'zh-Hans' || shown(zh) !== f.label.zh)
            at('no Chinese label in a lang="zh-Hans" element after the description');
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(LANGS)(
    '%s: every row of a city figure table links its title and describes it with the label',
    (lang) => {
      const problems: string[] = [];
      for (const d of DATASETS) {
        const p = pages.get(localePath(lang, cityPath(d.city.slug)))!;
        for (const f of d.figures) {
          const row = p.root.querySelector(`table.figure-table tr[data-figure="${f.global_id}"]`);
          const link = row?.querySelector(`th a[href="${localePath(lang, figurePath(f))}"]`);
          if (shown(link) !== f.title[lang])
            problems.push(`${p.path}: ${f.global_id} link text "${shown(link)}"`);
          if (shown(row?.querySelector('th .figure-desc')) !== f.label[lang])
            problems.push(`${p.path}: ${f.global_id} row has no label under its title`);
        }
      }
      expect(problems).toEqual([]);
    },
  );
});

describe('English figure pages', () => {
  it('give quote_en beside the Chinese quote, marked as a translation', () => {
    const problems: string[] = [];
    for (const { f } of FIGURES) {
      const p = pages.get(localePath('en', figurePath(f)))!;
      const quote = p.root.querySelector('main blockquote.quote[lang="zh-Hans"] mark.fig');
      const english = p.root.querySelector('main blockquote.quote + .quote-en');
      if (quote?.text !== f.quote.text) problems.push(`${p.path}: no Chinese quote`);
      if (!english) problems.push(`${p.path}: no .quote-en right after the quote`);
      else if (shown(english) !== `In English: “${f.quote_en}”`)
        problems.push(`${p.path}: .quote-en reads "${shown(english)}"`);
    }
    expect(problems).toEqual([]);
  });
});

describe('figure cards', () => {
  it.each(LANGS)('%s: name each figure by its title, linked to its page', (lang) => {
    const problems: string[] = [];
    let cards = 0;
    for (const d of DATASETS) {
      const p = pages.get(localePath(lang, cityPath(d.city.slug)))!;
      for (const card of p.root.querySelectorAll('li.figure-card')) {
        cards++;
        const f = d.figures.find((x) => x.global_id === card.getAttribute('data-figure'))!;
        const link = card.querySelector('a.figure-card-label');
        if (
          shown(link) !== f.title[lang] ||
          link?.getAttribute('href') !== localePath(lang, figurePath(f))
        )
          problems.push(`${p.path} ${f.global_id}: card reads "${shown(link)}"`);
      }
    }
    expect(cards).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});

describe('rate figure pages', () => {
  it.each(LANGS)('%s: draw the rate as on the city page, under its counts', (lang) => {
    const rates = FIGURES.filter(({ f }) => f.formula !== null);
    const problems: string[] = [];
    let drawn = 0;
    for (const { f } of rates) {
      const p = pages.get(localePath(lang, figurePath(f)))!;
      const chart = rateChart(f);
      const shown = p.root.querySelectorAll('main figure.sj-chart').map((c) => c.id);
      if (chart) drawn++;
      if (shown.join() !== (chart ? chart.id : ''))
        problems.push(`${p.path}: charts [${shown.join()}], want [${chart?.id ?? ''}]`);
    }
    expect(drawn).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

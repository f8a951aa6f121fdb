// The home page shows the data: a card per key indicator with every city's value as the site
// formats it, and what's new in plain words (no package names or schema talk).
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { keyIndicators } from '../../src/lib/home/summary';
import { formatValue } from '../../src/lib/format';
import { tailSvg } from '../../src/charts/lib/html';
import { comparison } from '../../src/lib/site-data';
import { BUILD_HINT, distBuilt, loadPages, type Page } from '../lib/dist';
import { INDICATORS, LANGS, localePath } from '../lib/expected';

let pages: Map<string, Page>;
beforeAll(() => {
  if (!distBuilt()) throw new Error(BUILD_HINT);
  pages = loadPages();
});

describe.each(LANGS)('the home page (%s)', (lang) => {
  it('has a card per key indicator with every city’s value, and bars only where comparable', () => {
    const home = pages.get(localePath(lang, '/'))!;
    const cards = home.root.querySelectorAll('.summary-card');
    const key = keyIndicators(INDICATORS, comparison, 6);
    expect(cards.length).toBe(key.length);
    key.forEach((indicator, n) => {
      const card = cards[n]!;
      expect(card.querySelector('h3 a')!.getAttribute('href')).toBe(
        localePath(lang, `/indicators/${indicator.id}/`),
      );
      const rows = card.querySelectorAll('.summary-rows li');
      const want = comparison(indicator.id);
      expect(rows.length).toBe(want.length);
      rows.forEach((row, i) => {
        const r = want[i]!;
        const value = row.querySelector('.summary-value')!.textContent;
        if (r.reported) {
          expect(value).toContain(formatValue(r.figure, lang));
          expect(row.querySelector('svg.summary-bar') !== null).toBe(r.unit === indicator.unit);
          // A lower bound ends in the indicator charts' own open tail, drawn the same way.
          const tail = row.querySelector('svg.sj-bars-tail');
          expect(tail !== null).toBe(r.unit === indicator.unit && r.qualifier === 'at_least');
          if (tail) expect(tail.toString()).toBe(parse(tailSvg()).toString());
        } else expect(row.querySelector('svg.summary-bar')).toBeNull();
      });
    });
  });

  it('says what is new in plain words, without package names', () => {
    const home = pages.get(localePath(lang, '/'))!;
    const news = home.root.querySelector('ul.news')!.textContent;
    expect(news.length).toBeGreaterThan(20);
    expect(news).not.toMatch(/@shuangjian|zod|JSON Schema|compare\(\)/);
  });
});

// The search page as a phone reader uses it (issue #11, item 7), on the built site in Chromium: a
// full-size input, ten results with their matches marked, each naming its city and (for a figure)
// its value, clean excerpts, "Show more" for the rest, in both languages, light and dark.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UI } from '../../src/i18n/ui';
import { formatValue } from '../../src/lib/format';
import { DATASETS, LANGS, localePath, type Lang } from '../lib/expected';
import { launchChromium, localContext, serveDist, watch, type StaticServer } from './harness';
import { phoneProblems } from './phone/measure';

let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A query with more than ten results in each language (the test checks that it has). */
const QUERY: Record<Lang, string> = { zh: '执法', en: 'inspections' };

const PHONE = { width: 390, height: 844 };

/** A phone-sized context in which requests to any other host fail. */
async function phone(
  colorScheme: 'light' | 'dark' = 'light',
  viewport = PHONE,
): Promise<BrowserContext> {
  const mobile = viewport.width < 800;
  return localContext(browser!, server!.origin, {
    viewport,
    colorScheme,
    isMobile: mobile,
    hasTouch: mobile,
  });
}

/** Opens the search page and types a query the way a reader does. */
async function searchFor(page: Page, lang: Lang, query: string): Promise<void> {
  const response = await page.goto(server!.origin + localePath(lang, '/search/'));
  expect(response?.status()).toBe(200);
  await page.locator('#q').fill(query);
}

/** How many results Pagefind itself has for a query, asked in the page. */
async function pagefindTotal(page: Page, lang: Lang, query: string): Promise<number> {
  // A string, not a function: vitest would rewrite a dynamic import() in a function's source.
  const script = `import('/pagefind/${lang}/pagefind.js')
    .then((pf) => pf.search(${JSON.stringify(query)}))
    .then((r) => r.results.length)`;
  return (await page.evaluate(script)) as number;
}

const items = (page: Page) => page.locator('.search-results > li');

/** What each listed result shows. */
function readResults(page: Page) {
  return page.$$eval('.search-results > li', (lis) =>
    lis.map((li) => ({
      href: li.querySelector('a.search-title')?.getAttribute('href') ?? null,
      title: li.querySelector('.search-title')?.textContent ?? '',
      titleMarks: li.querySelectorAll('.search-title mark').length,
      line: li.querySelector('.search-meta')?.textContent ?? null,
      excerpt: li.querySelector('.search-excerpt')?.textContent ?? '',
      excerptMarks: li.querySelectorAll('.search-excerpt mark').length,
      elements: Array.from(li.querySelectorAll('*'), (e) => e.localName),
    })),
  );
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Whitespace or punctuation other than an opening quote or bracket. */
const STRAY_START = /^(?![\p{Ps}\p{Pi}])[\s\p{P}]/u;

describe('the search input at phone and desktop widths', () => {
  it.each([320, 360, 390, 414, 1280])(
    'at %i px: full column width, ≥ 44 px tall, 16 px text, a visible label, no sideways scroll',
    async (width) => {
      const context = await phone('light', { width, height: 844 });
      try {
        const page = await context.newPage();
        for (const lang of LANGS) {
          await searchFor(page, lang, QUERY[lang]);
          await items(page).first().waitFor({ timeout: 15_000 });
          const box = await page.evaluate(() => {
            const input = document.querySelector<HTMLInputElement>('#q')!;
            const main = document.querySelector('main')!;
            const style = getComputedStyle(main);
            const label = document.querySelector<HTMLLabelElement>('label[for="q"]')!;
            const lr = label.getBoundingClientRect();
            const r = input.getBoundingClientRect();
            return {
              width: r.width,
              height: r.height,
              content:
                main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
              fontSize: parseFloat(getComputedStyle(input).fontSize),
              label: label.textContent?.trim() ?? '',
              labelShown:
                lr.width > 0 && lr.height > 0 && getComputedStyle(label).visibility === 'visible',
              labelAbove: lr.bottom <= r.top + 1,
              scrollWidth: document.documentElement.scrollWidth,
              viewport: window.innerWidth,
            };
          });
          expect(box.height, `${lang} input height`).toBeGreaterThanOrEqual(44);
          expect(
            box.width / box.content,
            `${lang} input width / content width`,
          ).toBeGreaterThanOrEqual(0.9);
          expect(box.fontSize, `${lang} input font size`).toBeGreaterThanOrEqual(16);
          expect(box.label).toBe(UI[lang].searchLabel);
          expect(box.labelShown && box.labelAbove, `${lang} label shown above the input`).toBe(
            true,
          );
          expect(box.scrollWidth, `${lang} page width`).toBeLessThanOrEqual(box.viewport);
        }
      } finally {
        await context.close();
      }
    },
  );
});

describe.each(LANGS)('%s results at 390 px', (lang) => {
  const query = QUERY[lang];

  it('lists ten, then the rest on "Show more", moving focus to the first new one and saying how many', async () => {
    const context = await phone();
    try {
      const page = await context.newPage();
      const problems = watch(page, server!.origin);
      await searchFor(page, lang, query);
      const total = await pagefindTotal(page, lang, query);
      expect(total, `"${query}" has more than ten results`).toBeGreaterThan(10);
      await expect.poll(() => items(page).count(), { timeout: 15_000 }).toBe(10);
      const status = page.locator('.search-status');
      expect(await status.getAttribute('role')).toBe('status');
      expect(await status.textContent()).toBe(
        UI[lang].searchCount.some.replace('{shown}', '10').replace('{total}', String(total)),
      );
      const more = page.getByRole('button', { name: UI[lang].searchMore, exact: true });
      expect(await more.isVisible()).toBe(true);
      const box = (await more.boundingBox())!;
      expect(box.height, 'Show more is ≥ 44 px tall').toBeGreaterThanOrEqual(44);

      let shown = 10;
      while (shown < total) {
        const firstNew = await items(page).count();
        await more.click();
        const next = Math.min(total, shown + 10);
        await expect.poll(() => items(page).count(), { timeout: 15_000 }).toBe(next);
        // Focus is on the first of the new results, so keyboard users go on from there.
        const focused = await page.evaluate(() => {
          const a = document.activeElement;
          const li = a?.closest('.search-results > li');
          return {
            isTitle: a?.classList.contains('search-title') ?? false,
            index: li ? Array.from(li.parentElement!.children).indexOf(li) : -1,
          };
        });
        expect(focused).toEqual({ isTitle: true, index: firstNew });
        const message =
          next < total
            ? UI[lang].searchCount.some
                .replace('{shown}', String(next))
                .replace('{total}', String(total))
            : UI[lang].searchCount.all.replace('{total}', String(total));
        expect(await status.textContent()).toBe(message);
        shown = next;
      }
      expect(await more.isVisible(), 'Show more hides once every result is listed').toBe(false);
      const urls = (await readResults(page)).map((r) => r.href);
      expect(new Set(urls).size, 'no result listed twice').toBe(total);
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  describe('the first ten results', () => {
    let context: BrowserContext | undefined;
    let results: Awaited<ReturnType<typeof readResults>> = [];

    beforeAll(async () => {
      context = await phone();
      const page = await context.newPage();
      await searchFor(page, lang, query);
      // (expect.poll is for tests, not hooks.)
      await page.waitForFunction(
        () => document.querySelectorAll('.search-results > li').length >= 10,
        undefined,
        { timeout: 15_000 },
      );
      results = await readResults(page);
    });

    afterAll(async () => {
      await context?.close();
    });

    it('mark the matches in titles and excerpts, and are made of text and <mark> only', () => {
      expect(results.length).toBe(10);
      expect(
        results.filter((r) => r.excerptMarks > 0).length,
        'excerpts with <mark>',
      ).toBeGreaterThan(0);
      expect(results.filter((r) => r.titleMarks > 0).length, 'titles with <mark>').toBeGreaterThan(
        0,
      );
      // Only elements the script makes: the index's text never becomes markup.
      for (const r of results)
        expect(
          r.elements.filter((e) => !['a', 'p', 'mark'].includes(e)),
          r.title,
        ).toEqual([]);
    });

    it('name their city and, for a figure, its value as the page shows it', () => {
      const prefix = localePath(lang, '/figures/');
      const figures = results.filter((r) => r.href?.startsWith(prefix));
      expect(figures.length, 'figure pages among the results').toBeGreaterThan(0);
      for (const r of figures) {
        const [city, id] = r.href!.slice(prefix.length).split('/');
        const d = DATASETS.find((x) => x.city.slug === city)!;
        const f = d.figures.find((x) => x.id === id)!;
        expect(norm(r.line ?? ''), r.href!).toBe(
          norm(`${d.city.name[lang]} · ${formatValue(f, lang)}`),
        );
      }
      const cityPages = results.filter((r) =>
        /^\/(en\/)?cities\/[^/]+\/(source\/)?$/.test(r.href!),
      );
      for (const r of cityPages) {
        const slug = r.href!.replace(/^\/(en\/)?cities\//, '').split('/')[0];
        expect(r.line, r.href!).toBe(DATASETS.find((x) => x.city.slug === slug)!.city.name[lang]);
      }
    });

    it('start no excerpt with whitespace or stray punctuation', () => {
      expect(results.filter((r) => r.excerpt !== '').length).toBeGreaterThan(0);
      const stray = results.filter((r) => STRAY_START.test(r.excerpt));
      expect(stray.map((r) => `${r.href}: ${r.excerpt.slice(0, 20)}`)).toEqual([]);
    });
  });

  it('passes the phone measure at 360 px with results listed and more shown (text, tap targets, width)', async () => {
    const context = await phone('light', { width: 360, height: 780 });
    try {
      // esbuild names functions with a __name helper that the page does not have.
      await context.addInitScript({ content: 'window.__name = (f) => f;' });
      const page = await context.newPage();
      await searchFor(page, lang, query);
      await expect.poll(() => items(page).count(), { timeout: 15_000 }).toBe(10);
      expect(
        await page.evaluate(phoneProblems, { minTextPx: 12, minTargetPx: 44, screenPx: 360 }),
      ).toEqual([]);
      await page.getByRole('button', { name: UI[lang].searchMore, exact: true }).click();
      await expect.poll(() => items(page).count(), { timeout: 15_000 }).toBeGreaterThan(10);
      expect(
        await page.evaluate(phoneProblems, { minTextPx: 12, minTargetPx: 44, screenPx: 360 }),
      ).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says so when nothing matches, and clears the list when the query is cleared', async () => {
    const context = await phone();
    try {
      const page = await context.newPage();
      await searchFor(page, lang, 'zzqxjvw');
      await expect
        .poll(() => page.locator('.search-status').textContent(), { timeout: 15_000 })
        .toBe(UI[lang].searchCount.none);
      expect(await items(page).count()).toBe(0);
      expect(await page.locator('.search-more').isVisible()).toBe(false);
      await page.locator('#q').fill(query);
      await expect.poll(() => items(page).count(), { timeout: 15_000 }).toBe(10);
      await page.locator('#q').fill('');
      await expect.poll(() => items(page).count()).toBe(0);
      expect(await page.locator('.search-status').textContent()).toBe('');
      expect(await page.locator('.search-more').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('says the index could not be loaded when it cannot be, and searches once it can', async () => {
    const context = await phone();
    try {
      const page = await context.newPage();
      // As offline, or a build without its index: every request for the index fails.
      await page.route('**/pagefind/**', (route) => route.abort());
      await searchFor(page, lang, query);
      await expect
        .poll(() => page.locator('.search-status').textContent(), { timeout: 15_000 })
        .toBe(UI[lang].searchCount.failed);
      expect(await items(page).count()).toBe(0);
      await page.unroute('**/pagefind/**');
      await page.locator('#q').fill(`${query} `);
      await expect.poll(() => items(page).count(), { timeout: 15_000 }).toBe(10);
    } finally {
      await context.close();
    }
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations with results listed, %s (contrast of marks included)',
    async (scheme) => {
      const context = await phone(scheme);
      try {
        const page = await context.newPage();
        await searchFor(page, lang, query);
        await expect.poll(() => items(page).count(), { timeout: 15_000 }).toBe(10);
        const marks = await page.$$eval('.search-results mark', (ms) =>
          ms.slice(0, 1).map((m) => {
            const s = getComputedStyle(m);
            return {
              bg: s.backgroundColor,
              page: getComputedStyle(document.documentElement).backgroundColor,
            };
          }),
        );
        expect(marks.length).toBe(1);
        expect(marks[0]!.bg, 'a mark has a background of its own').not.toBe(marks[0]!.page);
        const results = await new AxeBuilder({ page }).analyze();
        expect(
          results.violations.flatMap((v) =>
            v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
          ),
        ).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});

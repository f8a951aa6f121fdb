// The built site in Chromium: clean loads, the language switch, source <-> figure links, keyboard use.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DATASETS,
  HTML_LANG,
  LANGS,
  figurePath,
  localePath,
  sourcePath,
  type Lang,
} from '../lib/expected';
import {
  launchChromium,
  localContext,
  samplePages,
  serveDist,
  watch,
  type StaticServer,
} from './harness';

let server: StaticServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  context = await localContext(browser, server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const other = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

// Leaving a page before its last request (the favicon) ends aborts it: wait for the network to rest.
const settle = (page: Page) => page.waitForLoadState('networkidle');

/** Open a page and start recording what goes wrong on it. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems = watch(page, server!.origin);
  const response = await page.goto(server!.origin + path);
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
  await settle(page);
  return { page, problems };
}

/** Follow a link; returns the URL it led to, once that page has loaded. */
async function follow(page: Page, selector: string): Promise<URL> {
  const from = page.url();
  await page.locator(selector).first().click();
  await page.waitForURL((u) => u.href !== from);
  await settle(page);
  return new URL(page.url());
}

/** The focused element, and whether its focus outline can be seen. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return null;
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      className: el.className,
      href: el.getAttribute('href'),
      text: el.textContent?.trim() ?? '',
      inMain: el.closest('main') !== null,
      outline:
        s.outlineStyle !== 'none' &&
        parseFloat(s.outlineWidth) > 0 &&
        !/^(transparent|rgba\(.*,\s*0\))$/.test(s.outlineColor),
      onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight,
    };
  });
}

describe.each(LANGS)('%s', (lang) => {
  it.each(samplePages())(
    '$name page loads with no console error, page error, failed request or other host',
    async ({ path }) => {
      const { page, problems } = await open(localePath(lang, path));
      await page.close();
      expect(problems).toEqual([]);
    },
  );

  it.each(samplePages())(
    '$name page: the language switch leads to the same page in the other language',
    async ({ path }) => {
      const { page, problems } = await open(localePath(lang, path));
      const to = await follow(page, 'a.lang-switch');
      expect(to.pathname).toBe(localePath(other(lang), path));
      expect(await page.getAttribute('html', 'lang')).toBe(HTML_LANG[other(lang)]);
      await page.close();
      expect(problems).toEqual([]);
    },
  );

  it('a highlight in the source leads to its figure page, whose "show in source" link leads back to it', async () => {
    const d = DATASETS[0]!;
    // The last figure: far down the text, so landing on it takes a scroll.
    const f = d.figures.at(-1)!;
    const source = localePath(lang, sourcePath(d.city.slug));
    const { page, problems } = await open(source);

    const figure = await follow(page, `mark.fig[data-figures~="${f.id}"] a`);
    expect(figure.pathname).toBe(localePath(lang, figurePath(f)));
    expect(await page.getAttribute('.value-big', 'data-value')).toBe(String(f.value));

    const back = await follow(page, `main a[href="${source}#q-${f.id}"]`);
    expect(back.pathname + back.hash).toBe(`${source}#q-${f.id}`);
    const target = await page.evaluate((id) => {
      const t = document.querySelector(':target');
      const mark = document.querySelector(`mark.fig[data-figures~="${id}"]`)!;
      const r = mark.getBoundingClientRect();
      return {
        id: t?.id,
        inViewport: r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight,
        outline: getComputedStyle(mark).outlineStyle,
      };
    }, f.id);
    expect(target.id, ':target after following "show in source"').toBe(`q-${f.id}`);
    expect(target.inViewport, `the highlight of ${f.id} is in the viewport`).toBe(true);
    expect(target.outline, `the highlight of ${f.id} is outlined as the target`).not.toBe('none');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('keyboard: the skip link comes first and moves focus to main; Tab reaches the nav and the language switch, outlined', async () => {
    const { page, problems } = await open(localePath(lang, '/'));
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip, 'first Tab focuses a.skip-link').toMatchObject({
      className: 'skip-link',
      href: '#main',
      outline: true,
      onScreen: true,
    });

    const nav = await page.$$eval('header nav a', (as) => as.map((a) => a.getAttribute('href')));
    const reached: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
    for (let k = 0; k < nav.length + 5; k++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (!f || f.inMain) break;
      reached.push(f);
      if (f.className.includes('lang-switch')) break;
    }
    const hrefs = reached.map((f) => f.href);
    for (const href of nav) expect(hrefs, `Tab reaches the nav link ${href}`).toContain(href);
    expect(reached.at(-1)?.className, 'Tab reaches a.lang-switch after the nav').toBe(
      'lang-switch',
    );
    const unmarked = reached.filter((f) => !f.outline || !f.onScreen).map((f) => f.href);
    expect(unmarked, 'focused links without a visible outline').toEqual([]);

    await page.reload();
    await settle(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await focused(page))?.id, 'Enter on the skip link focuses main').toBe('main');
    await page.keyboard.press('Tab');
    expect((await focused(page))?.inMain, 'the next Tab stays in main').toBe(true);
    await page.close();
    expect(problems).toEqual([]);
  });
});

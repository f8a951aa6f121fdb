// Every page type as a phone reader sees it, in both languages: at 360 px (and at 320 and 414 px
// for sideways scrolling) no page is wider than the screen, no table cell is narrower than three
// of its characters, no text is under 14 px as shown (chart and SVG text included), and every
// control and navigation link is a 44 px tap target.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DATASETS,
  INDICATORS,
  LANGS,
  STATIC_PATHS,
  cityPath,
  figurePath,
  indicatorPath,
  localePath,
  sourcePath,
} from '../lib/expected';
import { allCharts } from '../../src/lib/chart-registry';
import { DIST } from '../lib/dist';
import { launchChromium, localContext, serveDist, type StaticServer } from './harness';
import { phoneProblems } from './phone/measure';

let server: StaticServer | undefined;
let browser: Browser | undefined;
const contexts = new Map<number, BrowserContext>();
const pages = new Map<number, Page>();

const WIDTHS = [320, 360, 414] as const;
// Every text at least 14 px at the size a phone shows it (the floor is 12; the design's 14).
const LIMITS = { minTextPx: 14, minChartTextPx: 14, minTargetPx: 44 };

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  for (const width of WIDTHS) {
    const context = await localContext(browser, server.origin, {
      viewport: { width, height: 780 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    // esbuild names functions with a __name helper that the page does not have.
    await context.addInitScript({ content: 'window.__name = (f) => f;' });
    contexts.set(width, context);
    pages.set(width, await context.newPage());
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every embed page of a language, as built: /embed/latest/<chart>/ (/en/embed/latest/... in English). */
function embedPages(lang: 'zh' | 'en'): string[] {
  const base = lang === 'zh' ? '/embed/latest/' : '/en/embed/latest/';
  return readdirSync(join(DIST, base), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `${base}${d.name}/`)
    .sort();
}

/**
 * One page of every type, and every city, source and indicator page; figures of every city; every
 * embed page. Paths in the language's own form.
 */
function phonePages(lang: 'zh' | 'en'): string[] {
  const figures = DATASETS.flatMap((d) => d.figures);
  return [
    ...[
      ...STATIC_PATHS,
      '/search/',
      ...DATASETS.flatMap((d) => [cityPath(d.city.slug), sourcePath(d.city.slug)]),
      ...INDICATORS.map(indicatorPath),
      ...figures.map(figurePath),
    ].map((path) => localePath(lang, path)),
    ...embedPages(lang),
  ];
}

async function problemsAt(width: number, path: string): Promise<string[]> {
  const page = pages.get(width)!;
  const response = await page.goto(server!.origin + path, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  const all = await page.evaluate(phoneProblems, { ...LIMITS, screenPx: width });
  return width === 360 ? all : all.filter((p) => p.startsWith('page is'));
}

describe.each(LANGS)('phone pages (%s)', (lang) => {
  it.each(WIDTHS)(
    'at %i px: no sideways scrolling; at 360 px: cells, text sizes and tap targets',
    async (width) => {
      const found: string[] = [];
      const paths = phonePages(lang);
      // Every chart's embed, in each language (~14 each).
      expect(paths.filter((p) => p.includes('/embed/')).length).toBe(allCharts().length);
      for (const url of paths)
        for (const p of await problemsAt(width, url)) found.push(`${url}: ${p}`);
      expect(found).toEqual([]);
    },
    240_000,
  );
});

describe('the source reader', () => {
  it.each(LANGS)(
    'marks numerals that are not statistics without striking them through (%s)',
    async (lang) => {
      const page = pages.get(360)!;
      await page.goto(server!.origin + localePath(lang, sourcePath(DATASETS[0]!.city.slug)));
      const lines = await page.$$eval('mark.excl', (marks) =>
        marks.map((m) => getComputedStyle(m).textDecorationLine),
      );
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.filter((l) => l.includes('line-through'))).toEqual([]);
      expect(new Set(lines)).toEqual(new Set(['underline']));
    },
  );
});

describe('the measure', () => {
  it('finds sideways scrolling, narrow cells, small text and small targets on a bad page', async () => {
    const page = pages.get(360)!;
    const open = async (body: string) => {
      const url = `${server!.origin}/__phone-measure__/`;
      await page.route(url, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><meta name="viewport" content="width=device-width, initial-scale=1"><body style="margin:0;font-size:16px">${body}</body>`,
        }),
      );
      await page.goto(url);
      await page.unroute(url);
      return page.evaluate(phoneProblems, { ...LIMITS, screenPx: 360 });
    };
    const problems = await open(`<p style="width:500px">wide</p>
      <table style="width:60px"><tr><td style="padding:0">合肥市合肥市</td></tr></table>
      <p style="font-size:10px">tiny</p>
      <figure class="sj-chart"><p style="font-size:13px">chart</p></figure>
      <div class="sj-chart sj-embed"><p style="font-size:13.5px">embed</p></div>
      <button style="padding:0;font-size:14px">x</button>`);
    expect(problems.some((p) => p.startsWith('page is 500 px wide'))).toBe(true);
    expect(problems.some((p) => p.startsWith('cell <td>'))).toBe(false);
    expect(problems.some((p) => p.startsWith('text <p> "tiny" is 10.0 px'))).toBe(true);
    expect(problems).toContain('text <p> "chart" is 13.0 px, under 14 px');
    expect(problems).toContain('text <p> "embed" is 13.5 px, under 14 px');
    expect(problems.some((p) => p.startsWith('tap target <button> "x"'))).toBe(true);
    const narrow = await open(
      '<table style="width:40px"><tr><td style="padding:0">合肥市</td><td style="padding:0">x</td></tr></table>',
    );
    expect(narrow.some((p) => p.startsWith('cell <td> "合肥市"'))).toBe(true);
    const word = await open(`<p>${'x'.repeat(80)}</p>`);
    expect(word.some((p) => /^page is \d+ px wide on a 360 px screen: <p> "x/.test(p))).toBe(true);
  });
});

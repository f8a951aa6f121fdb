// Embeds in Chromium: a host page on a second origin embeds charts with embed.js.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCharts, type ChartEntry } from '../../src/lib/chart-registry';
import { MIN_WIDTH } from '../../src/lib/embed/height';
import { embedOffer, type EmbedOffer } from '../../src/lib/embed/offer';
import { embedPaths } from '../../src/lib/embed/paths';
import { EMBED_CODE_TEXT } from '../../src/lib/embed/text';
import { links } from '../../src/lib/links';
import { DIST } from '../lib/dist';
import { LANGS, SITE_ORIGIN, localePath } from '../lib/expected';
import { articlePage, lookAtEmbeds, offeredSnippet, pasted } from './article';
import { launchChromium, serveDist, type StaticServer } from './harness';

let site: StaticServer | undefined;
let host: StaticServer | undefined;
let browser: Browser | undefined;

const charts = allCharts();
const indicator = charts.find((c) => c.kind === 'indicator')!;
const cityCharts = charts.filter((c) => c.kind === 'city');
const city = cityCharts[0]!;
const other = cityCharts.at(-1)!;

/** A page of the second origin: a news article embedding charts from the site. */
function hostPage(siteOrigin: string): string {
  const [a, b, boxed] = [
    embedPaths(indicator, 'zh'),
    embedPaths(city, 'en'),
    embedPaths(other, 'zh'),
  ];
  const frame = (id: string, src: string, height: number, extra = '') =>
    `<iframe id="${id}" src="${src}" title="${id}" height="${height}" style="width:100%;border:0"${extra}></iframe>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,"></head><body style="margin:0">
<h1>An article</h1>
${frame('a', siteOrigin + a.latest, 150, ' loading="lazy"')}
${frame('b', siteOrigin + b.pinned, 1500)}
${frame('boxed', `${siteOrigin}${boxed.latest}?lang=en&theme=dark`, 150, ' sandbox="allow-scripts"')}
${frame('foreign', '/forge.html', 120)}
<script>window.seen=[];addEventListener('message',function(e){var d=e.data||{};if(d.height===777)seen.push({origin:e.origin,frame:[].findIndex.call(document.querySelectorAll('iframe'),function(f){return f.contentWindow===e.source})})});</script>
<script async src="${siteOrigin}/embed.js"></script>
</body></html>`;
}

const offers = new Map<string, EmbedOffer>();

/** The offer under a chart on the built site (its address the configured one), computed once. */
function offerOf(entry: ChartEntry, lang: 'zh' | 'en'): EmbedOffer {
  const key = `${lang} ${entry.id}`;
  let offer = offers.get(key);
  if (!offer) offers.set(key, (offer = embedOffer(entry, lang, SITE_ORIGIN)));
  return offer;
}

/** Every chart's latest embed in both languages, for the grid page. */
const gridEmbeds = () => LANGS.flatMap((lang) => charts.map((entry) => ({ lang, entry })));

/** Every embed's latest snippet, pasted as offered, each in a column `width` px wide (no embed.js). */
function gridPage(siteOrigin: string, width: number): string {
  const frames = gridEmbeds().map(
    ({ lang, entry }, i) =>
      `<div id="g${i}" style="width:${width}px">${pasted(offerOf(entry, lang).latest, SITE_ORIGIN, siteOrigin)}</div>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Grid</title>
<link rel="icon" href="data:,"></head><body style="margin:0">${frames.join('')}</body></html>`;
}

/**
 * What the journalist pastes, copied from the built pages' offers: an indicator chart in Chinese,
 * the tallest English embed, and a pinned English one.
 */
let chosen: string[] | undefined;

function articleSnippets(): string[] {
  if (chosen) return chosen;
  const height = (entry: ChartEntry) => offerOf(entry, 'en').height;
  const tallest = charts.map((c) => ({ c, h: height(c) })).sort((a, b) => b.h - a.h)[0]!.c;
  const offered = (entry: ChartEntry, lang: 'zh' | 'en', key: 'latest' | 'pinned') =>
    offeredSnippet(DIST, localePath(lang, entry.pagePath), entry.id, key);
  chosen = [
    offered(indicator, 'zh', 'latest'),
    offered(tallest, 'en', 'latest'),
    offered(city, 'en', 'pinned'),
  ];
  return chosen;
}

// Posts a well-formed size message, from whatever window and origin it is loaded in.
const FORGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>
<script>parent.postMessage({type:'shuangjian:embed-size',id:'${indicator.id}',height:777},'*');
parent.postMessage({sentinel:'amp',type:'embed-size',height:777},'*');</script></body></html>`;

async function serveHost(siteOrigin: string): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const [path, query] = [url.pathname, url.searchParams];
    const pages: Record<string, () => string> = {
      '/': () => hostPage(siteOrigin),
      '/grid.html': () => gridPage(siteOrigin, Number(query.get('width'))),
      '/article.html': () =>
        articlePage(articleSnippets().map((x) => pasted(x, SITE_ORIGIN, siteOrigin))),
      '/forge.html': () => FORGE,
    };
    const body = pages[path]?.() ?? null;
    res.writeHead(body === null ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((e) => (e ? reject(e) : resolve())),
      );
    },
  };
}

beforeAll(async () => {
  site = await serveDist();
  host = await serveHost(site.origin);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await site?.close();
});

/** A context that may reach the two local origins and nothing else. */
async function twoOrigins(
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  const context = await browser!.newContext(options);
  const allowed = [site!.origin, host!.origin];
  await context.route(
    (url) => url.protocol.startsWith('http') && !allowed.includes(url.origin),
    (route) => route.abort('blockedbyclient'),
  );
  return context;
}

/** Console errors, page errors, failed requests, HTTP errors and requests to other hosts. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  const allowed = [site!.origin, host!.origin];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // ?lang= replaces the page while it loads, which aborts the rest of its response: expected.
    const switched = r.resourceType() === 'document' && new URL(r.url()).searchParams.has('lang');
    if (!(switched && r.failure()?.errorText === 'net::ERR_ABORTED'))
      problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!allowed.includes(url.origin) && !['data:', 'blob:', 'about:'].includes(url.protocol))
      problems.push(`request to another host: ${r.url()}`);
  });
  return problems;
}

async function frameOf(page: Page, id: string): Promise<Frame> {
  return frameAt(page, `iframe#${id}`);
}

async function frameAt(page: Page, selector: string): Promise<Frame> {
  const frame = await (await page.$(selector))?.contentFrame();
  if (!frame) throw new Error(`no frame at ${selector}`);
  return frame;
}

/** The iframe's height on the host page, and its document's content and scroll heights. */
async function fit(page: Page, id: string) {
  const frame = await frameOf(page, id);
  const iframe = await page.$eval(`iframe#${id}`, (f) => f.getBoundingClientRect().height);
  const inside = await frame.evaluate(() => ({
    content: document.body.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
  }));
  return { iframe, ...inside };
}

/** Wait until the iframe is as tall as its content, within 2 px, and return its height. */
async function fitted(page: Page, id: string): Promise<number> {
  await expect
    .poll(
      async () => {
        const f = await fit(page, id);
        return Math.abs(f.iframe - f.content) <= 2 && Math.abs(f.iframe - f.scroll) <= 2;
      },
      { timeout: 10_000, message: `#${id} never fitted its content` },
    )
    .toBe(true);
  return (await fit(page, id)).iframe;
}

describe('a host page on another origin, with embed.js', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    context = await twoOrigins({ viewport: { width: 640, height: 900 } });
    page = await context.newPage();
    problems = watch(page);
    await page.goto(host!.origin + '/');
    await page.waitForFunction(() => (window as { shuangjianEmbed?: boolean }).shuangjianEmbed);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('fits each iframe to its content: one too short, one too tall at first', async () => {
    const [a, b] = [await fitted(page, 'a'), await fitted(page, 'b')];
    expect(a).toBeGreaterThan(150);
    expect(b).toBeLessThan(1500);
    expect(problems).toEqual([]);
  });

  it('fits them again when their content reflows', async () => {
    const before = await fitted(page, 'b');
    await page.setViewportSize({ width: 360, height: 900 });
    // Narrower: the text wraps onto more lines, so the height changes.
    await expect
      .poll(async () => (await fit(page, 'b')).iframe, { timeout: 10_000 })
      .not.toBe(before);
    await fitted(page, 'a');
    await fitted(page, 'b');
    await page.setViewportSize({ width: 640, height: 900 });
    await fitted(page, 'b');
    expect(problems).toEqual([]);
  });

  it('works in sandbox="allow-scripts": switches to English, applies ?theme=dark, and fits', async () => {
    const frame = await frameOf(page, 'boxed');
    await expect.poll(() => new URL(frame.url()).pathname).toBe(embedPaths(other, 'en').latest);
    expect(new URL(frame.url()).search).toBe('?lang=en&theme=dark');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await frame.$eval('h1', (h) => h.textContent)).toBe(other.render('en').title);
    // Sandboxed without allow-same-origin: an opaque origin, and yet it resized.
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    expect(await fitted(page, 'boxed')).toBeGreaterThan(150);
    expect(problems).toEqual([]);
  });

  it('ignores size messages from another origin, or from windows that are not its embeds', async () => {
    const before = {
      a: await fitted(page, 'a'),
      foreign: (await fit(page, 'foreign')).iframe,
    };
    // The host's own window; a foreign iframe; and embed "a" navigated to the host's origin,
    // so that the message comes from the embed's window but not from the embed's origin.
    await page.evaluate(
      (id) => window.postMessage({ type: 'shuangjian:embed-size', id, height: 777 }, '*'),
      indicator.id,
    );
    await (await frameOf(page, 'foreign')).goto(host!.origin + '/forge.html?again');
    await (await frameOf(page, 'a')).goto(host!.origin + '/forge.html');
    await expect
      .poll(() =>
        page.evaluate(() => (window as { seen?: { frame: number }[] }).seen!.map((s) => s.frame)),
      )
      .toEqual(expect.arrayContaining([-1, 0, 3]));
    const heights = await page.$$eval('iframe', (fs) =>
      fs.map((f) => f.getBoundingClientRect().height),
    );
    expect(heights).not.toContain(777);
    expect((await fit(page, 'a')).iframe).toBe(before.a);
    expect((await fit(page, 'foreign')).iframe).toBe(before.foreign);
    expect(problems).toEqual([]);
  });
});

describe('an embed page on its own', () => {
  const path = embedPaths(indicator, 'zh').latest;

  it('renders with JavaScript off: title, subtitle, chart and source, default (light) theme', async () => {
    const context = await twoOrigins({ javaScriptEnabled: false });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(site!.origin + path);
    expect(await page.locator('h1').textContent()).toBe(indicator.render('zh').title);
    expect(await page.locator('.sj-html').isVisible()).toBe(true);
    expect(await page.locator('.sj-embed-subtitle').isVisible()).toBe(true);
    expect(await page.locator('.sj-embed-source').isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
    const box = await page.locator('.sj-html').boundingBox();
    expect(box!.height).toBeGreaterThan(100);
    await context.close();
    expect(problems).toEqual([]);
  });

  const LIGHT = { bg: 'rgb(255, 255, 255)', bar: 'rgb(31, 95, 168)', link: 'rgb(11, 87, 164)' };
  const DARK = { bg: 'rgb(18, 20, 23)', bar: 'rgb(106, 168, 240)', link: 'rgb(140, 196, 255)' };
  // Light unless the snippet asks: a dark reader on a light news page must not get a black box.
  it.each([
    { scheme: 'light', query: '', js: true, ...LIGHT },
    { scheme: 'dark', query: '', js: true, ...LIGHT },
    { scheme: 'dark', query: '', js: false, ...LIGHT },
    { scheme: 'dark', query: '?theme=light', js: true, ...LIGHT },
    { scheme: 'dark', query: '?theme=nonsense', js: true, ...LIGHT },
    { scheme: 'light', query: '?theme=dark', js: true, ...DARK },
    { scheme: 'dark', query: '?theme=dark', js: true, ...DARK },
    { scheme: 'light', query: '?theme=auto', js: true, ...LIGHT },
    { scheme: 'dark', query: '?theme=auto', js: true, ...DARK },
  ] as const)('"$query" in a $scheme browser (JavaScript: $js) paints $bg', async (c) => {
    const { scheme, query, bg, bar, link } = c;
    const context = await twoOrigins({ colorScheme: scheme, javaScriptEnabled: c.js });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(site!.origin + path + query);
    const painted = await page.evaluate(() => ({
      bg: getComputedStyle(document.body).backgroundColor,
      bar: getComputedStyle(document.querySelector('.sj-bar')!).fill,
      text: getComputedStyle(document.querySelector('.sj-embed-title')!).color,
      link: getComputedStyle(document.querySelector('.sj-embed-foot a')!).color,
    }));
    expect(painted.bg).toBe(bg);
    expect(painted.bar).toBe(bar);
    expect(painted.link).toBe(link);
    expect(painted.text).not.toBe(painted.bg);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('?lang=en shows the English page, keeping the other options', async () => {
    const context = await twoOrigins();
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${site!.origin}${path}?lang=en&plain=1`);
    await page.waitForURL((u) => u.pathname.startsWith('/en/'));
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname).toBe(embedPaths(indicator, 'en').latest);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe(indicator.render('en').title);
    // ?plain=1: no subtitle, but the source and licence stay.
    expect(await page.locator('.sj-embed-subtitle').isVisible()).toBe(false);
    expect(await page.locator('.sj-embed-source').isVisible()).toBe(true);
    expect(await page.locator('a[rel~="license"]').isVisible()).toBe(true);
    await context.close();
    expect(problems).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('has no axe violations (%s)', async (theme) => {
    const context = await twoOrigins();
    for (const [entry, lang] of [
      [indicator, 'zh'],
      [city, 'en'],
    ] as [ChartEntry, 'zh' | 'en'][]) {
      const page = await context.newPage();
      await page.goto(`${site!.origin}${embedPaths(entry, lang).pinned}?theme=${theme}`);
      const { violations } = await new AxeBuilder({ page }).analyze();
      await page.close();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    }
    await context.close();
  });
});

/**
 * Widths of the column a snippet is pasted into: the narrowest it is made for (where text wraps
 * most: the tallest page), a phone, just past the narrow layout (more padding, a larger
 * title) and a desktop.
 */
const WIDTHS = [MIN_WIDTH, 390, 496, 1280];

describe("the snippet's fixed height, without embed.js", () => {
  const tallest = new Map<string, { content: number; snippet: number }>();

  it.each(WIDTHS)(
    'holds every embed, zh and en, in a %i px column: nothing to scroll, the credit in view, text at 14 px or more',
    async (width) => {
      const context = await twoOrigins({ viewport: { width: Math.max(width, 400), height: 900 } });
      const page = await context.newPage();
      const problems = watch(page);
      await page.goto(`${host!.origin}/grid.html?width=${width}`);
      const misfits: string[] = [];
      for (const [i, { lang, entry }] of gridEmbeds().entries()) {
        const offer = offerOf(entry, lang);
        const box = page.locator(`#g${i} iframe`);
        // The snippets are loading="lazy": bring each into view, as a reader scrolling would.
        await box.scrollIntoViewIfNeeded();
        const frame = await frameAt(page, `#g${i} iframe`);
        await frame.waitForSelector('.sj-embed-credit a[rel~="license"]');
        await frame.waitForLoadState('load');
        const outer = (await box.boundingBox())!;
        const inside = await frame.evaluate(() => {
          const credit = document.querySelector('.sj-embed-credit')!;
          const r = credit.getBoundingClientRect();
          const links = [...document.querySelectorAll('.sj-embed-foot a')];
          // The smallest text shown, in CSS px.
          let text = Infinity;
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement;
            if (n.textContent?.trim() && el?.checkVisibility())
              text = Math.min(text, parseFloat(getComputedStyle(el).fontSize));
          }
          return {
            text,
            scroll: document.documentElement.scrollHeight,
            // The body's box is the content (scrollHeight is never less than the frame).
            content: Math.ceil(document.body.getBoundingClientRect().height),
            width: document.documentElement.clientWidth,
            view: innerHeight,
            credit: { top: r.top, bottom: r.bottom },
            visible: links.every((a) => a.checkVisibility()) && credit.checkVisibility(),
          };
        });
        const at = `${offer.paths.latest} at ${width} px`;
        if (outer.height !== offer.height || inside.width !== width)
          misfits.push(`${at}: frame ${outer.width}×${outer.height}, not ${width}×${offer.height}`);
        if (inside.scroll > offer.height)
          misfits.push(`${at}: content ${inside.scroll} px > snippet ${offer.height} px`);
        if (!(inside.visible && inside.credit.top >= 0 && inside.credit.bottom <= inside.view))
          misfits.push(
            `${at}: credit at ${inside.credit.top}–${inside.credit.bottom} px, frame ${inside.view} px`,
          );
        if (inside.text < 14) misfits.push(`${at}: text at ${inside.text} px, under 14 px`);
        const key = `${lang} ${entry.id}`;
        const seen = tallest.get(key);
        if (!seen || inside.content > seen.content)
          tallest.set(key, { content: inside.content, snippet: offer.height });
      }
      await context.close();
      expect(misfits).toEqual([]);
      expect(problems).toEqual([]);
    },
  );

  it('wastes little: at its tallest width, each embed leaves at most 60 px or 20 % of its frame empty', () => {
    expect(tallest.size).toBe(gridEmbeds().length);
    const loose = [...tallest]
      .filter(([, t]) => t.snippet - t.content > Math.max(60, t.content * 0.2))
      .map(([key, t]) => `${key}: content at most ${t.content} px, snippet ${t.snippet} px`);
    expect(loose).toEqual([]);
  });
});

describe('a journalist pastes the snippets into a light news page on another site', () => {
  it.each([390, 1280])(
    'at %i px, in a dark-mode browser: each frame loads light, with its credit links in view',
    async (width) => {
      const context = await twoOrigins({ viewport: { width, height: 800 }, colorScheme: 'dark' });
      const page = await context.newPage();
      const problems = watch(page);
      await page.goto(`${host!.origin}/article.html`);
      const snippets = articleSnippets().map((x) => pasted(x, SITE_ORIGIN, site!.origin));
      const seen = await lookAtEmbeds(page, snippets);
      expect(seen).toHaveLength(3);
      for (const e of seen) {
        expect(e.url).toBe(e.src);
        expect(e.title.length).toBeGreaterThan(0);
        // Light, whatever the reader's setting: the page around it is light.
        expect(e.luminance, e.background).toBeGreaterThan(0.9);
        // Whole: the frame is as tall as the snippet says, and nothing in it would scroll.
        expect(e.frameHeight).toBe(e.height);
        expect(e.scrollHeight).toBeLessThanOrEqual(e.height);
        // The credit's links (report, quoted sentence, the chart's page, the licence): in view,
        // not covered, and opening a new tab.
        expect(e.links.length).toBeGreaterThanOrEqual(4);
        for (const link of e.links) {
          expect(link, link.text).toMatchObject({ inView: true, onTop: true, target: '_blank' });
          expect(link.rel).toMatch(/\bnoopener\b/);
        }
      }
      await context.close();
      expect(problems).toEqual([]);
    },
  );
});

describe('the copy button beside each snippet', () => {
  const cityPage = (lang: 'zh' | 'en') => localePath(lang, links.city('zh', city.city!));

  it.each(LANGS)(
    'copies the snippet exactly and says so (%s), with a 44 px tap target',
    async (lang) => {
      const context = await twoOrigins({ viewport: { width: 360, height: 800 }, hasTouch: true });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: site!.origin,
      });
      const page = await context.newPage();
      const problems = watch(page);
      await page.goto(site!.origin + cityPage(lang));
      const details = page.locator(`figure#${city.id} details.sj-chart-embed`);
      await details.locator('summary').click();
      const words = EMBED_CODE_TEXT[lang];
      for (const key of ['latest', 'pinned', 'script']) {
        const id = `${city.id}-embed-${key}`;
        const button = page.locator(`button[data-copy="${id}"]`);
        await expect.poll(() => button.isVisible()).toBe(true);
        const box = (await button.boundingBox())!;
        expect(box.width).toBeGreaterThanOrEqual(44);
        expect(box.height).toBeGreaterThanOrEqual(44);
        expect(await button.textContent()).toContain(words.copy);
        await button.click();
        const status = page.locator(`#${id}-status`);
        await expect.poll(() => status.textContent()).toBe(words.copied);
        expect(await status.getAttribute('role')).toBe('status');
        const code = await page.locator(`textarea#${id}`).inputValue();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
        const offer = embedOffer(city, lang, SITE_ORIGIN);
        expect(code).toBe(offer[key as 'latest' | 'pinned' | 'script']);
      }
      await context.close();
      expect(problems).toEqual([]);
    },
  );

  it('selects the code and says how to copy it when the clipboard refuses', async () => {
    const context = await twoOrigins();
    await context.addInitScript(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('no', 'NotAllowedError'));
    });
    const page = await context.newPage();
    await page.goto(site!.origin + cityPage('en'));
    await page.locator(`figure#${city.id} details.sj-chart-embed summary`).click();
    const id = `${city.id}-embed-latest`;
    await page.locator(`button[data-copy="${id}"]`).click();
    await expect
      .poll(() => page.locator(`#${id}-status`).textContent())
      .toBe(EMBED_CODE_TEXT.en.copyFailed);
    const selected = await page.evaluate(() => {
      const t = document.activeElement as HTMLTextAreaElement;
      return t.value.slice(t.selectionStart, t.selectionEnd) === t.value ? t.id : null;
    });
    expect(selected).toBe(id);
    await context.close();
  });

  it('is not there without JavaScript: the code stays in a readonly textarea to select', async () => {
    const context = await twoOrigins({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site!.origin + cityPage('zh'));
    await page.locator(`figure#${city.id} details.sj-chart-embed summary`).click();
    const id = `${city.id}-embed-latest`;
    expect(await page.locator(`button[data-copy="${id}"]`).isVisible()).toBe(false);
    const textarea = page.locator(`textarea#${id}`);
    expect(await textarea.isVisible()).toBe(true);
    expect(await textarea.getAttribute('readonly')).not.toBeNull();
    expect(await textarea.inputValue()).toBe(embedOffer(city, 'zh', SITE_ORIGIN).latest);
    await context.close();
  });
});

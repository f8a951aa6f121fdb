// The embed pages and the "Embed" offers in the built site (site/dist, or SITE_DIST).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { allCharts, type ChartEntry } from '../../../src/lib/chart-registry';
import { LATEST, embedPath, embedPaths } from '../../../src/lib/embed/paths';
import { links } from '../../../src/lib/links';
import { OPTIONS_SCRIPT, RESIZE_SCRIPT } from '../../../src/lib/embed/scripts';
import { EMBED_CODE_TEXT } from '../../../src/lib/embed/text';
import { BUILD_HINT, DIST, distBuilt, fileOf, loadPages, type Page } from '../../lib/dist';
import { HTML_LANG, LANGS, SITE_ORIGIN, localePath, type Lang } from '../../lib/expected';

let pages = new Map<string, Page>();
const charts = allCharts();

beforeAll(() => {
  if (!distBuilt()) throw new Error(BUILD_HINT);
  pages = loadPages();
});

const attr = (el: HTMLElement, name: string) => el.getAttribute(name) ?? '';

/** Each embed page of the build: chart, language, and whether it is the pinned one. */
function embedPages(): { entry: ChartEntry; lang: Lang; path: string; pinned: boolean }[] {
  return charts.flatMap((entry) =>
    LANGS.flatMap((lang) => {
      const p = embedPaths(entry, lang);
      return [
        { entry, lang, path: p.latest, pinned: false },
        { entry, lang, path: p.pinned, pinned: true },
      ];
    }),
  );
}

describe('embed pages', () => {
  it('exist for every chart: latest and this data version, in both languages', () => {
    const missing = embedPages()
      .map((e) => e.path)
      .filter((path) => !pages.has(path));
    expect(missing).toEqual([]);
    expect(
      charts.some((c) => c.kind === 'indicator') && charts.some((c) => c.kind === 'city'),
    ).toBe(true);
  });

  it('show title, subtitle, chart, source with every publisher, a link back and the licence', () => {
    const problems: string[] = [];
    for (const { entry, lang, path } of embedPages()) {
      const p = pages.get(path);
      if (!p) continue;
      const at = (m: string) => problems.push(`${path}: ${m}`);
      const chart = entry.render(lang);
      if (attr(p.root.querySelector('html')!, 'lang') !== HTML_LANG[lang]) at('wrong <html lang>');
      if (p.root.querySelector('h1')?.text !== chart.title) at('h1 is not the chart title');
      if (!p.root.querySelector('.sj-embed-subtitle')?.text.trim()) at('no subtitle');
      if (p.root.querySelectorAll('.sj-html[role="img"]').length !== 1) at('not one chart');
      if (p.root.querySelector('svg.sj-chart-svg')) at('the fixed-layout SVG, not the HTML chart');
      if (p.root.querySelector('.sj-html')?.getAttribute('aria-label') !== chart.title)
        at('the chart is not named by its title');
      const desc = p.root.querySelector(`#${chart.id}-desc`)?.text ?? '';
      if (!desc.trim() || !chart.summary.startsWith(desc.slice(0, 20))) at('no text summary');
      const source = p.root.querySelector('.sj-embed-source')?.text ?? '';
      for (const c of entry.credits) if (!source.includes(c[lang])) at(`source lacks ${c[lang]}`);
      const back = `${SITE_ORIGIN}${localePath(lang, entry.pagePath)}#${entry.id}`;
      if (!p.root.querySelector(`a[href="${back}"]`)) at(`no link to ${back}`);
      if (
        !p.root.querySelector(
          'a[rel~="license"][href^="https://creativecommons.org/licenses/by/4.0/"]',
        )
      )
        at('no CC BY 4.0 link');
      if (p.root.querySelector('#sj-embed')?.getAttribute('data-chart') !== entry.id)
        at('#sj-embed does not name the chart');
    }
    expect(problems).toEqual([]);
  });

  it("link each report as published and the sentence of its figure on the site's source reader", () => {
    const problems: string[] = [];
    for (const { entry, lang, path } of embedPages()) {
      const p = pages.get(path);
      if (!p) continue;
      const at = (m: string) => problems.push(`${path}: ${m}`);
      const source = p.root.querySelector('.sj-embed-source');
      const hrefs = (source?.querySelectorAll('a') ?? []).map((a) => attr(a, 'href'));
      for (const s of entry.sources) {
        if (!hrefs.includes(s.report)) at(`no link to the report ${s.report}`);
        const quote = links.quote(lang, s.figure);
        if (!hrefs.includes(SITE_ORIGIN + quote)) at(`no link to ${SITE_ORIGIN}${quote}`);
        // The sentence is there: the source reader has the anchor the link's fragment names.
        const [reader, id] = quote.split('#') as [string, string];
        if (!pages.get(reader)?.root.querySelector(`#${id}`)) at(`${reader} has no #${id}`);
      }
      // Every link is absolute: to this site's configured address, or to another site.
      for (const a of p.root.querySelectorAll('a'))
        if (!/^https:\/\//.test(attr(a, 'href')) && !attr(a, 'href').startsWith(SITE_ORIGIN))
          at(`relative link ${attr(a, 'href')}`);
    }
    expect(problems).toEqual([]);
  });

  it('open every link in a new tab without an opener, and load nothing from anywhere', () => {
    const problems: string[] = [];
    for (const { path } of embedPages()) {
      const p = pages.get(path);
      if (!p) continue;
      for (const a of p.root.querySelectorAll('a')) {
        if (attr(a, 'target') !== '_blank')
          problems.push(`${path}: ${attr(a, 'href')} stays in the frame`);
        if (!attr(a, 'rel').split(/\s+/).includes('noopener'))
          problems.push(`${path}: ${attr(a, 'href')} has no rel=noopener`);
      }
      // Self-contained: a pinned page must outlive the /_astro/ assets of its build.
      for (const el of p.root.querySelectorAll('script[src], link[rel="stylesheet"], img, iframe'))
        problems.push(`${path}: loads ${el.toString().slice(0, 80)}`);
      const scripts = p.root.querySelectorAll('script').map((s) => s.text);
      if (scripts.join('\n') !== `${OPTIONS_SCRIPT}\n${RESIZE_SCRIPT}`)
        problems.push(`${path}: scripts other than the options and resize scripts`);
      if (!/noindex/.test(attr(p.root.querySelector('meta[name="robots"]') ?? p.root, 'content')))
        problems.push(`${path}: not noindex`);
    }
    expect(problems).toEqual([]);
  });

  it('name their other-language twin, at the same version, for ?lang', () => {
    const problems: string[] = [];
    for (const { entry, lang, path, pinned } of embedPages()) {
      const html = pages.get(path)?.root.querySelector('html');
      if (!html) continue;
      const other: Lang = lang === 'zh' ? 'en' : 'zh';
      const want = embedPath(other, entry.id, pinned ? embedPaths(entry, lang).version : LATEST);
      if (attr(html, 'data-lang') !== lang) problems.push(`${path}: data-lang`);
      if (attr(html, 'data-alt') !== want || !pages.has(want))
        problems.push(`${path}: data-alt="${attr(html, 'data-alt')}", not ${want}`);
    }
    expect(problems).toEqual([]);
  });

  it('stay out of the sitemap', () => {
    const sitemaps = readdirSync(DIST).filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) {
      const xml = readFileSync(join(DIST, file), 'utf8');
      expect(xml).not.toContain('/embed/');
    }
  });

  it('publish embed.js', () => {
    expect(existsSync(join(DIST, 'embed.js'))).toBe(true);
  });
});

describe('the "Embed" offer', () => {
  it('is under every chart of the site, with latest, pinned and script snippets', () => {
    const problems: string[] = [];
    const offers = new Set<string>();
    for (const p of pages.values()) {
      if (p.path.includes('/embed/')) continue;
      for (const figure of p.root.querySelectorAll('figure.sj-chart')) {
        const id = attr(figure, 'id');
        const at = (m: string) => problems.push(`${p.path}#${id}: ${m}`);
        const details = figure.querySelector('details.sj-chart-embed');
        if (!details) {
          at('no embed offer');
          continue;
        }
        const lang: Lang = p.path.startsWith('/en/') ? 'en' : 'zh';
        offers.add(`${lang} ${id}`);
        const entry = charts.find((c) => c.id === id);
        if (!entry) {
          at('not in the chart registry');
          continue;
        }
        const paths = embedPaths(entry, lang);
        const title = figure.querySelector('figcaption')?.text ?? '';
        for (const [key, path] of [
          ['latest', paths.latest],
          ['pinned', paths.pinned],
        ] as const) {
          const code = details.querySelector(`textarea.sj-chart-embed-code--${key}`)?.text ?? '';
          const iframe = parse(code).querySelector('iframe');
          if (!iframe) {
            at(`no ${key} iframe`);
            continue;
          }
          if (attr(iframe, 'src') !== SITE_ORIGIN + path) at(`${key} src ${attr(iframe, 'src')}`);
          if (!fileOf(path)) at(`${key} ${path} is not in dist`);
          if (attr(iframe, 'title') !== title) at(`${key} title "${attr(iframe, 'title')}"`);
          if (attr(iframe, 'loading') !== 'lazy') at(`${key} not lazy`);
          if (attr(iframe, 'style') !== 'width:100%;border:0') at(`${key} style`);
          const h = Number(attr(iframe, 'height'));
          if (!(Number.isInteger(h) && h >= 50 && h <= 10000)) at(`${key} height ${h}`);
        }
        const script = details.querySelector('textarea.sj-chart-embed-code--script')?.text ?? '';
        if (script !== `<script async src="${SITE_ORIGIN}/embed.js"></script>`)
          at(`script snippet ${script}`);
        // A copy button beside each snippet, hidden until the script finds the Clipboard API.
        for (const textarea of details.querySelectorAll('textarea')) {
          const id = attr(textarea, 'id');
          const button = details.querySelector(`button[data-copy="${id}"]`);
          if (!button) {
            at(`no copy button for #${id}`);
            continue;
          }
          if (!textarea.hasAttribute('readonly')) at(`#${id} is not readonly`);
          if (!button.hasAttribute('hidden')) at(`the copy button of #${id} shows without script`);
          if (attr(button, 'type') !== 'button') at(`the copy button of #${id} is not type=button`);
          const status = details.querySelector(`#${attr(button, 'data-status')}`);
          if (attr(status ?? button, 'role') !== 'status') at(`no status region for #${id}`);
          const words = EMBED_CODE_TEXT[lang];
          if (button.text.trim() !== words.copy) at(`copy button says "${button.text.trim()}"`);
          if (attr(button, 'data-copied') !== words.copied) at('no "copied" message');
          if (attr(button, 'data-failed') !== words.copyFailed) at('no failure message');
          const label = attr(button, 'aria-labelledby').split(' ');
          if (
            label[0] !== attr(button, 'id') ||
            !details.querySelector(`label#${label[1]}[for="${id}"]`)
          )
            at(`the copy button of #${id} is not named after its snippet`);
        }
      }
    }
    expect(problems).toEqual([]);
    // Every chart is offered in both languages (a rate's also on its figure page).
    expect(offers.size).toBe(charts.length * LANGS.length);
  });
});

describe('the JavaScript of pages with an "Embed" offer', () => {
  it('is within budget (10 KB gzip in all), from this site only, and runs under the CSP', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const p of pages.values()) {
      if (p.path.includes('/embed/') || !p.root.querySelector('details.sj-chart-embed')) continue;
      checked++;
      const at = (m: string) => problems.push(`${p.path}: ${m}`);
      let js = '';
      for (const script of p.root.querySelectorAll('script')) {
        const type = attr(script, 'type');
        if (type === 'application/ld+json') continue;
        const src = script.getAttribute('src');
        if (src === undefined) {
          js += script.text;
          continue;
        }
        const file = src.startsWith('/') && !src.startsWith('//') ? fileOf(src) : null;
        if (!file) at(`script from elsewhere: ${src}`);
        else js += readFileSync(join(DIST, file), 'utf8');
      }
      const bytes = gzipSync(js, { level: 9 }).length;
      if (bytes > 10_000) at(`${bytes} bytes of JavaScript (gzip) > 10 KB`);
      // The copy script is there, and the page's policy allows it by its hash.
      if (!/setUpCopyButtons|button\[data-copy\]/.test(js)) at('no copy-button script');
      const policy = attr(
        p.root.querySelector('meta[http-equiv="Content-Security-Policy"]') ?? p.root,
        'content',
      );
      if (/unsafe-inline/.test(policy) || !/script-src 'self' 'sha256-/.test(policy))
        at(`policy ${policy}`);
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});

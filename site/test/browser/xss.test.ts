// Hostile input: labels, notes, an indicator name and a section heading that are HTML, script or
// template syntax go through validation, the data build and the site build of a throwaway copy of
// the repository, and come out as text on every page type, in both languages, in Chromium.
import { execFile } from 'node:child_process';
import { appendFileSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyWorkspace } from '../../../scripts/src/workspace/copy.ts';
import { csvRows } from '../../../scripts/test/csv-rows.ts';
import { editYaml as editFile } from '../../../scripts/test/fixture-repo.ts';
import { launchChromium, localContext, serveDir, watch, type StaticServer } from './harness';

const run = promisify(execFile);

const SCRIPT = '</script><script>window.__xss=1</script>';
const SVG = '"><svg onload=window.__xss=1>';
const IMG = '<img src=x onerror=window.__xss=1>';
const JS_URL = 'javascript:window.__xss=1';
const TEMPLATE = "{{constructor.constructor('window.__xss=1')()}}";
const LINK = '<a href="javascript:alert(1)">x</a>';
const TITLE = '</title><style>*{}</style><script>window.__xss=1</script>';
const HEADING = "</h2><img src=x onerror=window.__xss=1>'-window.__xss=1-'";
/** After the city's name: search results show the city (Pagefind metadata, raw text) on a line. */
const CITY_TAIL = '<b onmouseover=window.__xss=1>&amp;</b>';
const ALL = [SCRIPT, SVG, IMG, JS_URL, TEMPLATE, LINK, TITLE, HEADING, CITY_TAIL];

const CITY = 'hefei';
const SOURCE = 'hefei-2023-09-27';
const INDICATOR = 'enforcement.personnel-dispatched';

/** Figure id -> its new label (the same in both languages, after a real word). */
const LABELS: Record<string, string> = {
  'enforcement-personnel-dispatched': SCRIPT, // has an indicator; section 3
  'grid-workers': SVG, // has an indicator; section 1
  'leads-collected': IMG, // section 3
  'social-supervisors': JS_URL, // section 1
  'fees-refund-ordered': TEMPLATE, // section 3
};
/** The short title of a figure with a hostile label: as hostile as the length rules allow. */
const hostileTitle = (id: string) => ({
  zh: `执法<b>${Object.keys(LABELS).indexOf(id)}</b>`,
  en: `Staff${LABELS[id]}`,
});
/** This figure also gets the hostile note. */
const NOTED = 'enforcement-personnel-dispatched';
/** The section whose heading becomes HEADING. */
const SECTION = 3;

let root = '';
let dist = '';
let site: StaticServer | undefined;
let browser: Browser | undefined;
let validateRejects: { code: number; stderr: string } | undefined;

type Doc = Parameters<Parameters<typeof editFile>[2]>[0];

const editYaml = (path: string, edit: (doc: Doc) => void) => editFile(root, path, edit);

function indexOf(doc: Doc, key: string, id: string): number {
  const items = (doc.toJS() as Record<string, { id: string }[]>)[key]!;
  const i = items.findIndex((x) => x.id === id);
  if (i < 0) throw new Error(`no ${key} ${id}`);
  return i;
}

/** A release note line (zh, then en) in the copy's CHANGELOG: it reaches the changelog page and the feed. */
const NOTE_ZH = `更新${SCRIPT}${LINK}`;
const NOTE_EN = `Update${SVG}${IMG}`;

function mutate(): void {
  appendFileSync(
    join(root, 'packages', CITY, 'CHANGELOG.md'),
    `\n## 0.0.1\n\n### Patch Changes\n\n- ${NOTE_ZH}\n  ${NOTE_EN}\n`,
  );
  editYaml(`data/cities/${CITY}.yaml`, (doc) => {
    doc.setIn(
      ['city', 'name'],
      doc.createNode({ zh: `合肥市${CITY_TAIL}`, en: `Hefei${CITY_TAIL}` }),
    );
    for (const [id, label] of Object.entries(LABELS)) {
      const i = indexOf(doc, 'figures', id);
      doc.setIn(
        ['figures', i, 'label'],
        doc.createNode({ zh: `执法${label}`, en: `Staff${label}` }),
      );
      // Titles are short (zh at most 16 characters): the hostile string in English, markup in zh.
      doc.setIn(['figures', i, 'title'], doc.createNode(hostileTitle(id)));
      if (id === NOTED)
        doc.setIn(
          ['figures', i, 'notes'],
          doc.createNode([{ zh: `注${LINK}`, en: `Note${LINK}` }]),
        );
    }
  });
  editYaml('data/indicators.yaml', (doc) => {
    const i = indexOf(doc, 'indicators', INDICATOR);
    doc.setIn(
      ['indicators', i, 'name'],
      doc.createNode({ zh: `人次${TITLE}`, en: `Staff${TITLE}` }),
    );
  });
  editYaml(`data/sources/${CITY}/${SOURCE}.yaml`, (doc) => {
    const sections = (doc.toJS() as { sections: { number: number }[] }).sections;
    const i = sections.findIndex((s) => s.number === SECTION);
    doc.setIn(
      ['sections', i, 'heading'],
      doc.createNode({ zh: `查处${HEADING}`, en: `Cases${HEADING}` }),
    );
  });
}

async function node(args: string[]) {
  return run(join(root, 'node_modules', '.bin', 'node'), args, {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
}

beforeAll(async () => {
  root = copyWorkspace('shuangjian-xss');
  mutate();
  await node(['scripts/src/cli/build-data.ts', '--root', root]);
  const env = {
    ...process.env,
    PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const siteDir = join(root, 'site');
  // As the site's `build` script: astro build, then the post-build pass in its own process.
  const build = async () => {
    const options = { cwd: siteDir, env, maxBuffer: 64 * 1024 * 1024 };
    await run(join(siteDir, 'node_modules', '.bin', 'astro'), ['build'], options);
    await run(process.execPath, ['src/lib/postbuild/run.ts'], options);
  };
  await build().catch((e: { stdout?: string; stderr?: string }) => {
    const log = `${e.stdout ?? ''}\n${e.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`the site does not build from valid hostile data:\n${log}`);
  });
  dist = join(siteDir, 'dist');
  // A control character in a label never reaches a build: validation refuses it.
  editYaml(`data/cities/${CITY}.yaml`, (doc) => {
    doc.setIn(['figures', 0, 'label', 'en'], 'Hidden\u202Eevil');
  });
  validateRejects = await node(['scripts/src/cli/validate.ts', '--root', root]).then(
    () => ({ code: 0, stderr: '' }),
    (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
  );
  [site, browser] = await Promise.all([serveDir(dist), launchChromium()]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const lp = (lang: 'zh' | 'en', path: string) => (lang === 'zh' ? path : `/en${path}`);

/** Every HTML file under a folder, as paths relative to dist with "/" separators. */
function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((p) => p.split(sep).join('/'))
    .filter((p) => p.endsWith('.html'));
}

/** Embed pages (both languages) whose chart shows hostile text, found in the built copy. */
function hostileEmbeds(): string[] {
  return htmlFiles(dist)
    .filter((p) => /^(en\/)?embed\/latest\//.test(p))
    .filter((p) => readFileSync(join(dist, p), 'utf8').includes('__xss'))
    .map((p) => `/${p.replace(/index\.html$/, '')}`);
}

interface Visit {
  path: string;
  /** Hostile strings, one of which at least the page must show as text or an aria-label. */
  shows: string[];
}

function visits(): Visit[] {
  const list: Visit[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const at = (path: string, shows: string[]) => list.push({ path: lp(lang, path), shows });
    at('/', []);
    at(`/cities/${CITY}/`, [SCRIPT, SVG, IMG, JS_URL, TEMPLATE, HEADING]);
    // The source reader names each figure mark by its title.
    const titles = Object.keys(LABELS).map((id) => hostileTitle(id)[lang]);
    at(`/cities/${CITY}/source/`, [SCRIPT, SVG, IMG, JS_URL, TEMPLATE, HEADING, ...titles]);
    for (const [id, label] of Object.entries(LABELS))
      at(`/figures/${CITY}/${id}/`, id === NOTED ? [label, LINK] : [label]);
    at(`/indicators/${INDICATOR}/`, [TITLE]);
    at('/indicators/', [TITLE]);
    at('/compare/', [TITLE]);
    at('/data/', []);
    at('/changelog/', [lang === 'zh' ? NOTE_ZH : NOTE_EN]);
  }
  for (const path of hostileEmbeds()) list.push({ path, shows: ALL });
  list.push({ path: `/api/v1/figures/${CITY}/${NOTED}.json`, shows: [SCRIPT, LINK] });
  list.push({ path: `/api/v1/indicators/${INDICATOR}.json`, shows: [TITLE] });
  return list;
}

interface Findings {
  xss: string[];
  handlers: string[];
  jsUrls: string[];
  scripts: string[];
}

/** What a frame's DOM says about injected markup. */
function inspect(): Findings {
  const w = window as unknown as { __xss?: unknown };
  const out: Findings = { xss: [], handlers: [], jsUrls: [], scripts: [] };
  if (w.__xss !== undefined) out.xss.push(String(w.__xss));
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const a of Array.from(el.attributes)) {
      if (/^on/i.test(a.name)) out.handlers.push(`<${el.localName} ${a.name}="${a.value}">`);
      if (/^\s*javascript:/i.test(a.value) && a.name !== 'content' && a.name !== 'value')
        out.jsUrls.push(`<${el.localName} ${a.name}="${a.value}">`);
    }
    if (el.localName === 'script' && (el.textContent ?? '').includes('window.__xss=1'))
      if (!/json/.test(el.getAttribute('type') ?? ''))
        out.scripts.push((el.textContent ?? '').slice(0, 80));
  }
  return out;
}

async function check(page: Page, visit: Visit): Promise<void> {
  for (const frame of page.frames()) {
    const found = await frame.evaluate(inspect);
    expect(found, `${visit.path} frame ${frame.url()}`).toEqual({
      xss: [],
      handlers: [],
      jsUrls: [],
      scripts: [],
    });
  }
  if (visit.shows.length > 0) {
    // Rendered text, and the accessible names where a page gives the label only as aria-label.
    const text = await page.evaluate(() =>
      [document.body.innerText]
        .concat(Array.from(document.querySelectorAll('[aria-label]'), (e) => e.ariaLabel ?? ''))
        .join('\n'),
    );
    // Compared without whitespace: a chart wraps a long label (the hostile city name) over lines.
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    expect(
      visit.shows.filter((s) => squeeze(text).includes(squeeze(s))),
      `${visit.path} shows hostile text as text`,
    ).not.toEqual([]);
  }
}

describe('hostile input in the data', () => {
  it('validation refuses a bidi override in a label', () => {
    expect(validateRejects?.code).not.toBe(0);
    expect(validateRejects?.stderr).toMatch(/bidi|control/);
  });

  it('no built HTML file has an element, handler or URL made from the data', () => {
    const bad: string[] = [];
    for (const p of htmlFiles(dist)) {
      const html = readFileSync(join(dist, p), 'utf8');
      if (!html.includes('__xss') && !html.includes('javascript:')) continue;
      for (const el of parse(html, { comment: false }).querySelectorAll('*')) {
        const tag = el.rawTagName.toLowerCase();
        for (const [name, value] of Object.entries(el.attributes)) {
          if (/^on/i.test(name)) bad.push(`${p}: <${tag} ${name}="${value}">`);
          if (/^\s*javascript:/i.test(value) && name !== 'content')
            bad.push(`${p}: <${tag} ${name}="${value}">`);
        }
        if (tag === 'script' && !/json/.test(el.getAttribute('type') ?? ''))
          if (el.textContent.includes('__xss')) bad.push(`${p}: <script>${el.textContent}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the feed is well-formed XML that holds the hostile release note as text', async () => {
    const page = await browser!.newPage();
    try {
      await page.goto(`${site!.origin}/feed.xml`);
      const feed = await page.evaluate(async () => {
        const xml = await (await fetch('/feed.xml')).text();
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        const elements = Array.from(doc.getElementsByTagName('*'));
        return {
          error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
          scripts: elements.filter((e) => /^(script|img|svg|a)$/i.test(e.localName)).length,
          handlers: elements.flatMap((e) =>
            Array.from(e.attributes, (a) => a.name).filter((n) => /^on/i.test(n)),
          ),
          text: doc.documentElement.textContent ?? '',
        };
      });
      expect(feed.error).toBeNull();
      expect(feed.scripts).toBe(0);
      expect(feed.handlers).toEqual([]);
      expect(feed.text).toContain(NOTE_ZH);
      expect(feed.text).toContain(NOTE_EN);
    } finally {
      await page.close();
    }
  });

  it('chart SVG files are well-formed, hold the text as text and run nothing when opened', async () => {
    const svgs = (readdirSync(join(dist, 'images', 'charts'), { recursive: true }) as string[])
      .map((p) => p.split(sep).join('/'))
      .filter((p) => p.endsWith('.svg'))
      .filter((p) => readFileSync(join(dist, 'images', 'charts', p), 'utf8').includes('__xss'));
    // The hostile indicator's chart, zh and en. (The city page draws no chart of the hostile
    // figures: they share no scale, so they are cards, which the page visits above check.)
    expect(svgs.length).toBeGreaterThanOrEqual(2);
    const page = await browser!.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(`${page.url()}: ${d.type()}`);
      void d.dismiss();
    });
    try {
      for (const file of svgs) {
        const url = `${site!.origin}/images/charts/${file}`;
        const response = await page.goto(url, { waitUntil: 'load' });
        expect(response?.status(), file).toBe(200);
        const found = await page.evaluate(() => {
          const all = Array.from(document.getElementsByTagName('*'));
          return {
            xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
            root: document.documentElement.localName,
            errors: document.getElementsByTagName('parsererror').length,
            foreign: all
              .filter((e) => /^(script|foreignObject|iframe|img|a|image)$/i.test(e.localName))
              .map((e) => e.localName),
            handlers: all.flatMap((e) =>
              Array.from(e.attributes, (a) => a.name).filter((n) => /^on/i.test(n)),
            ),
            text: document.documentElement.textContent ?? '',
          };
        });
        expect(found, file).toMatchObject({
          xss: null,
          root: 'svg',
          errors: 0,
          foreign: [],
          handlers: [],
        });
        expect(
          ALL.some((h) => found.text.includes(h)),
          `${file} draws a hostile string as text`,
        ).toBe(true);
      }
      expect(dialogs).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('OpenGraph images of hostile figures are drawn (whole 1200x630 PNGs, one for both languages)', () => {
    for (const id of Object.keys(LABELS)) {
      const png = readFileSync(join(dist, 'images', 'og', 'figures', CITY, `${id}.png`));
      expect(png.subarray(1, 4).toString('latin1'), id).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], id).toEqual([1200, 630]);
      expect(png.subarray(-8, -4).toString('latin1'), id).toBe('IEND');
    }
  });

  it('downloads keep the hostile text byte for byte and start no cell with a formula', () => {
    const figures = JSON.parse(
      readFileSync(join(dist, 'downloads', CITY, 'data', 'figures.json'), 'utf8'),
    ) as { id: string; label: { zh: string; en: string } }[];
    for (const [id, label] of Object.entries(LABELS)) {
      const f = figures.find((x) => x.id === id)!;
      expect(f.label).toEqual({ zh: `执法${label}`, en: `Staff${label}` });
    }
    for (const name of ['figures.csv', 'figures.excel.csv']) {
      const cells = csvRows(readFileSync(join(dist, 'downloads', CITY, 'data', name), 'utf8'), {
        bom: name === 'figures.excel.csv',
        name,
      }).flat();
      for (const label of Object.values(LABELS)) expect(cells, name).toContain(`Staff${label}`);
      // A cell opening with = + - @ is a formula to a spreadsheet; schema rules keep them out.
      expect(
        cells.filter((c) => /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u.test(c)),
        name,
      ).toEqual([]);
    }
  });

  it('every page type shows it as text and runs none of it', async () => {
    const list = visits();
    expect(list.filter((v) => v.path.includes('/embed/')).length).toBeGreaterThanOrEqual(2);
    const context = await localContext(browser!, site!.origin);
    try {
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(`${page.url()}: ${d.type()} ${d.message()}`);
        void d.dismiss();
      });
      const problems = watch(page, site!.origin);
      for (const visit of list) {
        const response = await page.goto(site!.origin + visit.path, { waitUntil: 'load' });
        expect(response?.status(), visit.path).toBe(200);
        await check(page, visit);
      }
      // Search: pagefind finds a hostile word and lists the hits as text: titles (marked), the
      // city and value line from Pagefind's metadata, and excerpts (marked); then "Show more".
      for (const lang of ['zh', 'en'] as const) {
        const path = `${lp(lang, '/search/')}?q=onerror`;
        await page.goto(site!.origin + path, { waitUntil: 'load' });
        await page.locator('.search-results li a').first().waitFor({ timeout: 15_000 });
        await check(page, { path, shows: [IMG, HEADING] });
        const shown = await page.evaluate(() => ({
          titles: Array.from(document.querySelectorAll('.search-title'), (e) => e.textContent),
          lines: Array.from(document.querySelectorAll('.search-meta'), (e) => e.textContent),
          excerpts: Array.from(document.querySelectorAll('.search-excerpt'), (e) => e.textContent),
          marks: document.querySelectorAll('.search-results mark').length,
        }));
        const title = hostileTitle('leads-collected')[lang];
        const city = `${lang === 'zh' ? '合肥市' : 'Hefei'}${CITY_TAIL}`;
        expect(shown.titles, `${path} titles`).toContain(title);
        expect(
          shown.lines.some((l) => l?.startsWith(`${city} · `)),
          `${path} city line`,
        ).toBe(true);
        // Pagefind escapes < and > in excerpts; the page decodes them into text, not markup.
        expect(
          shown.excerpts.some((e) => e?.includes(IMG)),
          `${path} excerpts`,
        ).toBe(true);
        expect(shown.marks, `${path} marks`).toBeGreaterThan(0);
        // Every hostile string but one has "window": over ten results, the rest on "Show more".
        await page.locator('#q').fill('window');
        await expect
          .poll(() => page.locator('.search-results > li').count(), { timeout: 15_000 })
          .toBe(10);
        await check(page, { path, shows: ALL });
        const before = await page.locator('.search-results > li').count();
        await page.locator('.search-more').click();
        await expect
          .poll(() => page.locator('.search-results > li').count(), { timeout: 15_000 })
          .toBeGreaterThan(before);
        await check(page, { path, shows: ALL });
      }
      expect(dialogs).toEqual([]);
      // A favicon request cut short by the next navigation is not a problem of the page.
      expect(problems.filter((p) => !p.endsWith('(net::ERR_ABORTED)'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

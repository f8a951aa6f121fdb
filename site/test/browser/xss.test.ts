// Hostile input: labels, notes, an indicator name and a section heading that are HTML, script or
// template syntax go through validation, the data build and the site build of a throwaway copy of
// the repository, and come out as text on every page type, in both languages, in Chromium.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editYaml as editFile } from '../../../scripts/test/fixture-repo.ts';
import { launchChromium, localContext, serveDir, watch, type StaticServer } from './harness';

const run = promisify(execFile);

/** The repository (site/test/browser -> ../../..). */
const REPO = fileURLToPath(new URL('../../..', import.meta.url));

const SCRIPT = '</script><script>window.__xss=1</script>';
const SVG = '"><svg onload=window.__xss=1>';
const IMG = '<img src=x onerror=window.__xss=1>';
const JS_URL = 'javascript:window.__xss=1';
const TEMPLATE = "{{constructor.constructor('window.__xss=1')()}}";
const LINK = '<a href="javascript:alert(1)">x</a>';
const TITLE = '</title><style>*{}</style><script>window.__xss=1</script>';
const HEADING = "</h2><img src=x onerror=window.__xss=1>'-window.__xss=1-'";
const ALL = [SCRIPT, SVG, IMG, JS_URL, TEMPLATE, LINK, TITLE, HEADING];

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
/** This figure also gets the hostile note. */
const NOTED = 'enforcement-personnel-dispatched';
/** The section whose heading becomes HEADING. */
const SECTION = 3;

let root = '';
let dist = '';
let site: StaticServer | undefined;
let browser: Browser | undefined;
let validateRejects: { code: number; stderr: string } | undefined;

/** A copy of the repository that builds: sources and generated packages, node_modules shared. */
function copyRepo(): string {
  const to = mkdtempSync(join(tmpdir(), 'shuangjian-xss-'));
  const skip = new Set(['.git', '.turbo', 'site/dist', 'site/.astro', 'node_modules/.pnpm']);
  cpSync(REPO, to, {
    recursive: true,
    verbatimSymlinks: true, // pnpm's links are relative: they resolve the same inside the copy
    filter: (src) => {
      const rel = relative(REPO, src).split(sep).join('/');
      const base = rel.split('/').at(-1) ?? '';
      if (skip.has(rel) || base === '.turbo') return false;
      // Caches of vite and astro: a build writes its own.
      return !(rel.includes('node_modules/') && /^\.(vite|vite-temp|astro)$/.test(base));
    },
  });
  // The package store is only read by a build: share it instead of copying 800 MB.
  symlinkSync(join(REPO, 'node_modules', '.pnpm'), join(to, 'node_modules', '.pnpm'), 'dir');
  return to;
}

type Doc = Parameters<Parameters<typeof editFile>[2]>[0];

const editYaml = (path: string, edit: (doc: Doc) => void) => editFile(root, path, edit);

function indexOf(doc: Doc, key: string, id: string): number {
  const items = (doc.toJS() as Record<string, { id: string }[]>)[key]!;
  const i = items.findIndex((x) => x.id === id);
  if (i < 0) throw new Error(`no ${key} ${id}`);
  return i;
}

function mutate(): void {
  editYaml(`data/cities/${CITY}.yaml`, (doc) => {
    for (const [id, label] of Object.entries(LABELS)) {
      const i = indexOf(doc, 'figures', id);
      doc.setIn(
        ['figures', i, 'label'],
        doc.createNode({ zh: `执法${label}`, en: `Staff${label}` }),
      );
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
  root = copyRepo();
  mutate();
  await node(['scripts/src/cli/build-data.ts', '--root', root]);
  const env = {
    ...process.env,
    PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const siteDir = join(root, 'site');
  await run(join(siteDir, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: siteDir,
    env,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((e: { stdout?: string; stderr?: string }) => {
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
    at(`/cities/${CITY}/source/`, [SCRIPT, SVG, IMG, JS_URL, TEMPLATE, HEADING]);
    for (const [id, label] of Object.entries(LABELS))
      at(`/figures/${CITY}/${id}/`, id === NOTED ? [label, LINK] : [label]);
    at(`/indicators/${INDICATOR}/`, [TITLE]);
    at('/indicators/', [TITLE]);
    at('/compare/', [TITLE]);
    at('/data/', []);
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
    expect(
      visit.shows.filter((s) => text.includes(s)),
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
      // Search: pagefind finds a hostile word and lists the hits as text.
      for (const lang of ['zh', 'en'] as const) {
        const path = `${lp(lang, '/search/')}?q=onerror`;
        await page.goto(site!.origin + path, { waitUntil: 'load' });
        await page.locator('.search-results li a').first().waitFor({ timeout: 15_000 });
        await check(page, { path, shows: [IMG, HEADING] });
      }
      expect(dialogs).toEqual([]);
      // A favicon request cut short by the next navigation is not a problem of the page.
      expect(problems.filter((p) => !p.endsWith('(net::ERR_ABORTED)'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

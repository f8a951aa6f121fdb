// A city with two reports, end to end: a throwaway copy of the repository gets a SYNTHETIC later
// Hefei report (scripts/test/synthetic-source.ts: an invented text dated 2024-09-27 stating three
// numbers for indicators Hefei's 2023 report has), build:data and the site build run on the copy,
// and the city page, the indicator pages and the figure pages show the series in both languages.
// In Chromium, at 320, 360 and 414 px, the new sections pass the phone measure of
// test/browser/phone.test.ts, and axe-core finds nothing on them (light and dark). site/dist and
// data/ are left alone. About 30 s.
import AxeBuilder from '@axe-core/playwright';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../scripts/src/paths.ts';
import { buildEnv } from '../../../scripts/src/reproducible/check.ts';
import { copyWorkspace } from '../../../scripts/src/workspace/copy.ts';
import { editYaml, figureIndex } from '../../../scripts/test/fixture-repo.ts';
import { addSyntheticSource } from '../../../scripts/test/synthetic-source.ts';
import { launchChromium, localContext, serveDir, type StaticServer } from '../browser/harness';
import { phoneProblems } from '../browser/phone/measure';

const run = promisify(execFile);

const LATER = 'hefei-2024-09-27';
const PERSONNEL = 'enforcement.personnel-dispatched';
const GRID = 'grid.workers';
const JOINT = 'inspection.joint-operations';
/** Hefei's 2023 figure and the synthetic 2024 figure of each indicator. */
const PAIRS = {
  [PERSONNEL]: ['enforcement-personnel-dispatched', 'synthetic-enforcement-personnel'],
  [GRID]: ['grid-workers', 'synthetic-grid-workers'],
  [JOINT]: ['joint-enforcement-inspections', 'synthetic-joint-inspections'],
} as const;
/** Each series as the pages write it: values (zh, en) and why a table stands alone. */
const SHOWN = {
  [PERSONNEL]: {
    zh: ['3937人次', '4321余人次'],
    en: ['3,937 person-times', '≥ 4,321 person-times'],
    noScale: null,
  },
  [GRID]: {
    zh: ['1713人', '1800人'],
    en: ['1,713 persons', '1,800 persons'],
    noScale: 'period-unstated',
  },
  [JOINT]: { zh: ['12次', '30次'], en: ['12 times', '30 times'], noScale: 'period-kinds' },
} as const;
const TITLES = {
  zh: { overTime: '历年变化', others: '其他报告中的同一指标', reportDate: '报告日期' },
  en: { overTime: 'Over time', others: 'Same measure in other reports', reportDate: 'Report date' },
} as const;
/** The title of Hefei's 2023 figure of enforcement staff, which the 2024 figure reuses. */
const SAME_TITLE = { zh: '出动执法人员', en: 'Enforcement staff deployed' };
const LANGS = ['zh', 'en'] as const;
type Lang = (typeof LANGS)[number];

let root = '';
let dist = '';
let site: StaticServer | undefined;
let browser: Browser | undefined;

const lp = (lang: Lang, path: string) => (lang === 'zh' ? path : `/en${path}`);
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
// Values keep their unit with no-break spaces; compare them as plain text.
const plain = (s: string) => squeeze(s.replace(/\u00A0/g, ' '));

function page(path: string): HTMLElement {
  const file = join(dist, path.replace(/^\//, ''), 'index.html');
  if (!existsSync(file)) throw new Error(`no page ${path} in the copy's build`);
  return parse(readFileSync(file, 'utf8'));
}

beforeAll(async () => {
  root = copyWorkspace('shuangjian-series');
  addSyntheticSource(root);
  // A later report names the same measure as the first did (titles differ within a report only).
  editYaml(root, 'data/cities/hefei.yaml', (doc) => {
    const i = figureIndex(doc, 'synthetic-enforcement-personnel');
    doc.setIn(['figures', i, 'title'], doc.createNode(SAME_TITLE));
  });
  const node = join(root, 'node_modules', '.bin', 'node');
  await run(node, ['scripts/src/cli/build-data.ts', '--root', root], { cwd: root });
  const siteDir = join(root, 'site');
  // The real repository's image cache (content-addressed): only the changed charts are drawn.
  const env = buildEnv(root, {
    SHUANGJIAN_IMAGE_CACHE: join(REPO_ROOT, 'site', 'node_modules', '.cache', 'shuangjian-images'),
  });
  // As the site's `build` script: astro build, then the post-build pass in its own process.
  const build = async () => {
    const options = { cwd: siteDir, env, maxBuffer: 64 * 1024 * 1024 };
    await run(join(siteDir, 'node_modules', '.bin', 'astro'), ['build'], options);
    await run(process.execPath, ['src/lib/postbuild/run.ts'], options);
  };
  await build().catch((e: { stdout?: string; stderr?: string }) => {
    const log = `${e.stdout ?? ''}\n${e.stderr ?? ''}`.trim().split('\n').slice(-20).join('\n');
    throw new Error(`the site does not build with a second Hefei report:\n${log}`);
  });
  dist = join(siteDir, 'dist');
  [site, browser] = await Promise.all([serveDir(dist), launchChromium()]);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** The rows of a series table: report date, value text, the figure its value links to. */
function seriesRows(block: HTMLElement, lang: Lang) {
  const table = block.querySelector('table.over-time-table')!;
  expect(
    table.querySelectorAll('thead th').map((th) => th.text.trim())[0],
    'the table has column headers',
  ).toBe(TITLES[lang].reportDate);
  expect(table.querySelector('caption')?.text.trim()).toBeTruthy();
  return table.querySelectorAll('tbody tr').map((tr) => ({
    date: tr.querySelector('th[scope="row"]')!.text.trim(),
    value: plain(tr.querySelector('td.num')!.text),
    href: tr.querySelector('td.num a')!.getAttribute('href'),
  }));
}

/** What is wrong with a series block: its rows, and a chart only when the reports share a scale. */
function blockProblems(block: HTMLElement | null, lang: Lang, indicator: keyof typeof PAIRS) {
  if (!block) return [`${indicator}: no over-time block`];
  const problems: string[] = [];
  const want = SHOWN[indicator];
  const rows = seriesRows(block, lang);
  const expected = PAIRS[indicator].map((id, i) => ({
    date: i === 0 ? '2023-09-27' : '2024-09-27',
    value: want[lang][i],
    href: lp(lang, `/figures/hefei/${id}/`),
  }));
  if (JSON.stringify(rows) !== JSON.stringify(expected))
    problems.push(
      `${indicator}: rows ${JSON.stringify(rows)}, expected ${JSON.stringify(expected)}`,
    );
  const chart = block.querySelector('figure.sj-chart');
  const why = block.querySelector('.over-time-why');
  if (want.noScale === null) {
    if (!chart) return [...problems, `${indicator}: no chart`];
    if (why) problems.push(`${indicator}: a chart and a reason for none`);
    // Named by its title, described by its summary, one bar per report labelled by its date.
    const caption = squeeze(chart.querySelector('figcaption')!.text);
    const img = chart.querySelector('[role="img"]')!;
    if (img.getAttribute('aria-label') !== caption)
      problems.push(`${indicator}: image not named by the title`);
    const desc = chart.querySelector(`[id="${img.getAttribute('aria-describedby')}"]`);
    if (!desc?.text.includes('2024-09-27')) problems.push(`${indicator}: no summary`);
    const labels = chart.querySelectorAll('.sj-bars-label').map((l) => l.text.trim());
    if (labels.join() !== '2023-09-27,2024-09-27')
      problems.push(`${indicator}: bars ${labels.join()}`);
    // The lower bound (4321余) keeps its open tail; the exact value has none.
    const tails = chart
      .querySelectorAll('.sj-bars-scale')
      .map((r) => r.querySelectorAll('.sj-bars-tail').length);
    if (tails.join() !== '0,1') problems.push(`${indicator}: tails ${tails.join()}`);
  } else {
    if (chart) problems.push(`${indicator}: a chart across ${want.noScale}`);
    if (why?.getAttribute('data-no-scale') !== want.noScale)
      problems.push(
        `${indicator}: reason ${why?.getAttribute('data-no-scale')}, expected ${want.noScale}`,
      );
    if (!why?.text.trim()) problems.push(`${indicator}: says nothing about why`);
  }
  return problems;
}

describe.each(LANGS)('a city with two reports (%s)', (lang) => {
  it('the city page lists both reports, their parts under their own anchors, and an Over time section', () => {
    const p = page(lp(lang, '/cities/hefei/'));
    const ids = p.querySelectorAll('[id]').map((e) => e.id);
    expect(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      'duplicate ids',
    ).toEqual([]);
    const navLinks = p.querySelectorAll('nav[aria-label] a').map((a) => a.getAttribute('href')!);
    expect(navLinks).toContain(`#section-${LATER}-0`);
    expect(navLinks).toContain('#section-3');
    expect(navLinks).toContain('#over-time');
    for (const href of navLinks.filter((h) => h.startsWith('#')))
      expect(ids, `${href} has a target`).toContain(href.slice(1));
    expect(p.querySelector(`section#section-${LATER}-0 h2`)!.text).toContain('2024-09-27');
    const section = p.querySelector('section#over-time')!;
    expect(squeeze(section.querySelector('h2')!.text)).toBe(TITLES[lang].overTime);
    const blocks = section.querySelectorAll('section.over-time-series');
    // In catalogue order, each headed by its indicator, linking to the indicator page.
    expect(blocks.map((b) => b.querySelector('h3 a')!.getAttribute('href'))).toEqual(
      [GRID, JOINT, PERSONNEL]
        .sort((a, b) => catalogueIndex(a) - catalogueIndex(b))
        .map((id) => lp(lang, `/indicators/${id}/`)),
    );
    const problems = blocks.flatMap((b) => {
      const id = b
        .querySelector('h3 a')!
        .getAttribute('href')!
        .split('/')
        .at(-2) as keyof typeof PAIRS;
      return blockProblems(b, lang, id);
    });
    expect(problems).toEqual([]);
  });

  it.each([PERSONNEL, GRID, JOINT] as const)(
    'the indicator page %s keeps one bar per city (Hefei’s latest) and shows Hefei over time',
    (indicator) => {
      const p = page(lp(lang, `/indicators/${indicator}/`));
      const ids = p.querySelectorAll('[id]').map((e) => e.id);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        'duplicate ids',
      ).toEqual([]);
      // The cross-city chart: one bar row per city, Hefei's the 2024 value.
      const chart = p.querySelector(`figure#indicator-${indicator.replace(/\./g, '-')}`)!;
      expect(chart.querySelectorAll('.sj-bars-label').length).toBe(3);
      const row = p.querySelector('table.comparison-table tr[data-city="hefei"]')!;
      expect(plain(row.querySelector('td.num')!.text)).toBe(SHOWN[indicator][lang][1]);
      expect(row.querySelector('a[href="#over-time"]')).not.toBeNull();
      const section = p.querySelector('section#over-time')!;
      expect(squeeze(section.querySelector('h2')!.text)).toBe(TITLES[lang].overTime);
      const blocks = section.querySelectorAll('section.over-time-series');
      expect(blocks.map((b) => b.querySelector('h3 a')!.getAttribute('href'))).toEqual([
        lp(lang, '/cities/hefei/'),
      ]);
      expect(blockProblems(blocks[0]!, lang, indicator)).toEqual([]);
    },
  );

  it('the source page reads both reports under one h1, each with its own exclusions', () => {
    const p = page(lp(lang, '/cities/hefei/source/'));
    const ids = p.querySelectorAll('[id]').map((e) => e.id);
    expect(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      'duplicate ids',
    ).toEqual([]);
    expect(p.querySelectorAll('h1').length).toBe(1);
    expect(p.querySelectorAll('article h2').map((h) => h.id)).toEqual([
      'title-hefei-2023-09-27',
      `title-${LATER}`,
    ]);
    const later = p.querySelector(`article[aria-labelledby="title-${LATER}"]`)!;
    expect(later.querySelector('.source-text')!.text).toContain('测试用的虚构文本');
    expect(later.querySelector('#q-synthetic-enforcement-personnel')).not.toBeNull();
  });

  it('an indicator without a second report has no Over time section', () => {
    expect(page(lp(lang, '/indicators/leads.received/')).querySelector('#over-time')).toBeNull();
  });

  it("each figure page of a series links the other report's figure; others have no such line", () => {
    for (const [indicator, [first, later]] of Object.entries(PAIRS) as [
      keyof typeof PAIRS,
      readonly [string, string],
    ][]) {
      const [firstValue, laterValue] = SHOWN[indicator][lang];
      for (const [id, other, date, value] of [
        [first, later, '2024-09-27', laterValue],
        [later, first, '2023-09-27', firstValue],
      ] as const) {
        const line = page(lp(lang, `/figures/hefei/${id}/`)).querySelector('[data-other-reports]');
        expect(line, id).not.toBeNull();
        expect(plain(line!.text), id).toContain(TITLES[lang].others);
        const link = line!.querySelector('a[data-figure]')!;
        expect(link.getAttribute('href'), id).toBe(lp(lang, `/figures/hefei/${other}/`));
        expect(plain(link.text), id).toBe(lang === 'zh' ? `${date}:${value}` : `${date}: ${value}`);
      }
    }
    expect(
      page(lp(lang, '/figures/hefei/social-supervisors/')).querySelector('[data-other-reports]'),
    ).toBeNull();
    // Two reports, one name: the pages are told apart by the report's date.
    for (const id of PAIRS[PERSONNEL])
      expect(squeeze(page(lp(lang, `/figures/hefei/${id}/`)).querySelector('h1')!.text)).toBe(
        SAME_TITLE[lang],
      );
  });
});

describe('the static API', () => {
  it('the API compares Hefei by its latest report and lists its series', () => {
    const api = JSON.parse(
      readFileSync(join(dist, 'api', 'v1', 'indicators', `${PERSONNEL}.json`), 'utf8'),
    ) as {
      comparison: {
        city: { slug: string };
        figure: string;
        series: { figure: string; source: unknown }[];
      }[];
    };
    const hefei = api.comparison.find((r) => r.city.slug === 'hefei')!;
    expect(hefei.figure).toBe('hefei/synthetic-enforcement-personnel');
    expect(hefei.series.map((p) => [p.figure, p.source])).toEqual([
      ['hefei/enforcement-personnel-dispatched', { id: 'hefei-2023-09-27', date: '2023-09-27' }],
      ['hefei/synthetic-enforcement-personnel', { id: LATER, date: '2024-09-27' }],
    ]);
  });
});

/** The index of an indicator in the copy's catalogue (the order of the city page's series). */
function catalogueIndex(id: string): number {
  const json = JSON.parse(
    readFileSync(join(root, 'packages', 'indicators', 'data', 'indicators.json'), 'utf8'),
  ) as { id: string }[];
  return json.findIndex((i) => i.id === id);
}

/** The pages a series changes. */
const PATHS = [
  '/cities/hefei/',
  '/cities/hefei/source/',
  `/indicators/${PERSONNEL}/`,
  `/indicators/${GRID}/`,
  ...Object.values(PAIRS)
    .flat()
    .map((id) => `/figures/hefei/${id}/`),
];

describe('accessibility', () => {
  it.each(['light', 'dark'] as const)(
    'axe-core finds nothing on the series pages (%s)',
    async (colorScheme) => {
      // AxeBuilder opens a helper page in the page's context, so it needs a context of its own.
      const context = await localContext(browser!, site!.origin);
      const found: string[] = [];
      for (const lang of LANGS)
        // Every page kind: the city, its source, both kinds of series block, a figure's other reports.
        for (const path of PATHS.slice(0, 5).map((p) => lp(lang, p))) {
          const tab = await context.newPage();
          await tab.emulateMedia({ colorScheme });
          expect((await tab.goto(site!.origin + path))?.status(), path).toBe(200);
          const { violations } = await new AxeBuilder({ page: tab }).analyze();
          await tab.close();
          for (const v of violations)
            for (const n of v.nodes) found.push(`${path} ${v.id}: ${n.target.join(' ')}`);
        }
      await context.close();
      expect(found).toEqual([]);
    },
    120_000,
  );
});

describe('on a phone', () => {
  const LIMITS = { minTextPx: 14, minChartTextPx: 14, minTargetPx: 44 };

  it.each([320, 360, 414])(
    'at %i px the series pages do not scroll sideways (at 360: cells, text sizes, tap targets)',
    async (width) => {
      const context = await localContext(browser!, site!.origin, {
        viewport: { width, height: 780 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
      });
      await context.addInitScript({ content: 'window.__name = (f) => f;' });
      const tab = await context.newPage();
      const found: string[] = [];
      for (const lang of LANGS)
        for (const path of PATHS.map((p) => lp(lang, p))) {
          const response = await tab.goto(site!.origin + path, { waitUntil: 'load' });
          expect(response?.status(), path).toBe(200);
          const all = await tab.evaluate(phoneProblems, { ...LIMITS, screenPx: width });
          for (const p of width === 360 ? all : all.filter((x) => x.startsWith('page is')))
            found.push(`${path}: ${p}`);
        }
      await context.close();
      expect(found).toEqual([]);
    },
    120_000,
  );
});

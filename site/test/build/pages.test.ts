// Checks on the built site (site/dist) against the data packages: pages, values, marks, links.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkReferences } from '../lib/references';
import {
  BUILD_HINT,
  DIST,
  distBuilt,
  fileOf,
  ldTypes,
  loadPages,
  occurrences,
  readSource,
  type Page,
} from '../lib/dist';
import {
  cityPath,
  DATASETS,
  expectedPages,
  figurePath,
  HTML_LANG,
  indicatorPath,
  INDICATORS,
  LANGS,
  listFiles,
  localePath,
  NOT_REPORTED,
  packageDir,
  packageDownloads,
  SITE_ORIGIN,
  sourcePath,
  type Lang,
} from '../lib/expected';

let pages = new Map<string, Page>();

beforeAll(() => {
  if (!distBuilt()) throw new Error(BUILD_HINT);
  pages = loadPages();
});

/** The page at a language-neutral path in a language; missing pages are reported by the first test. */
function inLang(lang: Lang, path: string): Page[] {
  const p = pages.get(localePath(lang, path));
  return p ? [p] : [];
}

const other = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');
const attr = (el: HTMLElement, name: string) => el.getAttribute(name) ?? '';

describe('pages', () => {
  it('has every page of every city, source, figure and indicator, in both languages', () => {
    expect(DATASETS.length, 'no city packages found in site/package.json').toBeGreaterThan(0);
    const missing = LANGS.flatMap((lang) =>
      expectedPages()
        .map(({ path }) => localePath(lang, path))
        .filter((path) => !pages.has(path)),
    );
    if (!pages.has('/404.html')) missing.push('/404.html');
    expect(missing, 'pages missing from site/dist').toEqual([]);
  });

  it('gives each page its language, a canonical link, hreflang alternates and one h1', () => {
    const problems: string[] = [];
    for (const lang of LANGS) {
      for (const { path } of expectedPages()) {
        for (const p of inLang(lang, path)) {
          const at = (m: string) => problems.push(`${p.path}: ${m}`);
          const htmlLang = p.root.querySelector('html')?.getAttribute('lang');
          if (htmlLang !== HTML_LANG[lang]) at(`<html lang="${htmlLang}">, not ${HTML_LANG[lang]}`);
          const canonical = p.root
            .querySelectorAll('link[rel="canonical"]')
            .map((l) => attr(l, 'href'));
          if (canonical.join() !== SITE_ORIGIN + p.path)
            at(`canonical ${JSON.stringify(canonical)}`);
          for (const l of [lang, other(lang)]) {
            const want = SITE_ORIGIN + localePath(l, path);
            const alt = p.root.querySelector(`link[rel="alternate"][hreflang="${HTML_LANG[l]}"]`);
            const href = alt ? attr(alt, 'href') : null;
            if (href !== want) at(`hreflang ${HTML_LANG[l]} is ${href}, not ${want}`);
            else if (!fileOf(new URL(href).pathname))
              at(`hreflang ${HTML_LANG[l]} ${href}: no file`);
          }
          const h1 = p.root.querySelectorAll('h1').length;
          if (h1 !== 1) at(`${h1} h1 elements`);
        }
      }
    }
    const notFound = pages.get('/404.html');
    if (notFound && notFound.root.querySelectorAll('h1').length !== 1)
      problems.push('/404.html: not exactly one h1');
    expect(problems).toEqual([]);
  });

  it('uses each id once per page, and every aria-labelledby, aria-describedby, for and headers id exists', () => {
    const problems: string[] = [];
    for (const p of pages.values()) {
      for (const id of new Set(p.duplicateIds))
        problems.push(`${p.path}: id "${id}" is not unique`);
      for (const a of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for', 'headers'])
        for (const el of p.root.querySelectorAll(`[${a}]`))
          for (const id of attr(el, a).split(/\s+/).filter(Boolean))
            if (!p.ids.has(id))
              problems.push(`${p.path}: <${el.tagName.toLowerCase()} ${a}="${id}"> has no target`);
    }
    expect(problems).toEqual([]);
  });
});

describe('figures', () => {
  it('shows every figure on its figure page with the package value, exactly', () => {
    const problems: string[] = [];
    for (const lang of LANGS) {
      for (const f of DATASETS.flatMap((d) => d.figures)) {
        for (const p of inLang(lang, figurePath(f))) {
          const big = p.root.querySelectorAll('.value-big[data-figure][data-value]');
          const shown = big.map((el) => `${attr(el, 'data-figure')}=${attr(el, 'data-value')}`);
          if (shown.join() !== `${f.global_id}=${f.value}`)
            problems.push(`${p.path}: .value-big ${JSON.stringify(shown)}, package ${f.value}`);
          const back = `${localePath(lang, sourcePath(f.city))}#q-${f.id}`;
          if (!p.root.querySelector(`a[href="${back}"]`))
            problems.push(`${p.path}: no "show in source" link to ${back}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists every figure on its city page with the package value, exactly', () => {
    const problems: string[] = [];
    for (const lang of LANGS) {
      for (const d of DATASETS) {
        for (const p of inLang(lang, cityPath(d.city.slug))) {
          const rows = p.root.querySelectorAll('table.figure-table tr[data-figure]');
          const byId = Map.groupBy(rows, (r) => attr(r, 'data-figure'));
          for (const f of d.figures) {
            const found = byId.get(f.global_id) ?? [];
            if (found.length !== 1)
              problems.push(`${p.path}: ${found.length} rows for ${f.global_id}`);
            for (const r of found) {
              if (attr(r, 'data-value') !== String(f.value))
                problems.push(
                  `${p.path}: ${f.global_id} data-value="${attr(r, 'data-value')}", package ${f.value}`,
                );
              if (!r.querySelector(`a[href="${localePath(lang, figurePath(f))}"]`))
                problems.push(`${p.path}: ${f.global_id} row does not link to its figure page`);
            }
          }
          const known = new Set(d.figures.map((f) => f.global_id));
          for (const id of byId.keys())
            if (!known.has(id)) problems.push(`${p.path}: row for unknown figure ${id}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('source reader', () => {
  it('shows the source text verbatim, every quote highlighted and anchored, linking to its figure', () => {
    const problems: string[] = [];
    for (const lang of LANGS) {
      for (const d of DATASETS) {
        for (const p of inLang(lang, sourcePath(d.city.slug))) {
          const texts = p.root.querySelectorAll('.source-text');
          if (texts.length !== d.sources.length)
            problems.push(
              `${p.path}: ${texts.length} .source-text blocks for ${d.sources.length} sources`,
            );
          d.sources.forEach((source, k) => {
            if (!texts[k]) return;
            const r = readSource(texts[k]);
            if (r.chars.join('') !== source.text)
              problems.push(`${p.path}: the text of ${source.id} differs from the package's`);
            for (const f of d.figures.filter((x) => x.source === source.id)) {
              const at = (m: string) => problems.push(`${p.path}: ${f.id}: ${m}`);
              const { start, end } = f.quote;
              const anchor = r.anchors.get(`q-${f.id}`);
              if (anchor !== start) at(`anchor #q-${f.id} at ${anchor}, quote starts at ${start}`);
              const lit = r.figures.flatMap((ids, i) => (ids.includes(f.id) ? [i] : []));
              if (lit.length !== end - start || lit[0] !== start)
                at(`highlighted code points ${lit[0]}..${lit.at(-1)}, quote is [${start}, ${end})`);
              const href = localePath(lang, figurePath(f));
              if (!r.hrefs.slice(start, end).includes(href) && !r.refHrefs.includes(href))
                at(`no link to ${href} from its highlight or reference mark`);
            }
          });
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('marks every excluded numeral, and nothing else', () => {
    const problems: string[] = [];
    for (const lang of LANGS) {
      for (const d of DATASETS) {
        for (const p of inLang(lang, sourcePath(d.city.slug))) {
          const texts = p.root.querySelectorAll('.source-text');
          d.sources.forEach((source, k) => {
            if (!texts[k]) return;
            const r = readSource(texts[k]);
            const expected = new Array<boolean>(r.chars.length).fill(false);
            for (const ex of d.exclusions.filter((e) => e.source === source.id)) {
              const width = [...ex.text].length;
              const starts = occurrences(r.chars, ex.text);
              if (starts.length === 0)
                problems.push(`${p.path}: exclusion "${ex.text}" not in the text`);
              for (const s of starts) {
                expected.fill(true, s, s + width);
                if (!r.excluded.slice(s, s + width).every(Boolean))
                  problems.push(`${p.path}: "${ex.text}" at ${s} is not (wholly) in mark.excl`);
              }
            }
            const stray = r.excluded.flatMap((e, i) => (e && !expected[i] ? [i] : []));
            if (stray.length > 0)
              problems.push(
                `${p.path}: mark.excl over non-excluded text at ${stray.slice(0, 5).join(', ')}`,
              );
          });
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('indicators and charts', () => {
  it('lists every city on every indicator page; a city that does not report it is "not reported", never 0', () => {
    const problems: string[] = [];
    for (const lang of LANGS) {
      for (const i of INDICATORS) {
        for (const p of inLang(lang, indicatorPath(i))) {
          const rows = p.root.querySelectorAll('table.comparison-table tr[data-city]');
          for (const d of DATASETS) {
            const at = (m: string) => problems.push(`${p.path}: ${d.city.slug}: ${m}`);
            const found = rows.filter((r) => attr(r, 'data-city') === d.city.slug);
            if (found.length !== 1) {
              at(`${found.length} rows`);
              continue;
            }
            const row = found[0]!;
            const f = d.figures.find((x) => x.indicator === i.id);
            const value = row.getAttribute('data-value');
            if (f && value !== String(f.value)) at(`data-value="${value}", package ${f.value}`);
            if (!f && value !== '') at(`not reported, but data-value="${value}"`);
            // The value cell itself must say so: the caveat column says "not reported" too.
            const cell =
              (row.querySelector('td.num') ?? row.querySelector('td'))?.text.trim() ?? '';
            if (!f && (!NOT_REPORTED[lang].test(cell) || /\d/.test(cell)))
              at(`not reported, but the value cell says "${cell}"`);
          }
          if (rows.length !== DATASETS.length) problems.push(`${p.path}: ${rows.length} city rows`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has a chart on every indicator page: figure.sj-chart, an image named by its title and described by its summary, and a table', () => {
    const problems: string[] = [];
    for (const lang of LANGS)
      for (const i of INDICATORS)
        for (const p of inLang(lang, indicatorPath(i))) problems.push(...chartProblems(p, 1));
    expect(problems).toEqual([]);
  });

  it('shows each part of a city report that has figures: a chart per stated rate, a card for every other figure', () => {
    // Like with like (src/charts/like-with-like.ts): figures share a scale only as a rate's counts;
    // figures that merely share a unit are cards, and a part without figures is no section.
    const problems: string[] = [];
    for (const lang of LANGS) {
      for (const d of DATASETS) {
        for (const p of inLang(lang, cityPath(d.city.slug))) {
          const at = (m: string) => problems.push(`${p.path}: ${m}`);
          let rates = 0;
          for (const source of d.sources)
            for (const { number } of source.sections) {
              const figures = d.figures.filter(
                (f) => f.source === source.id && f.section === number,
              );
              const section = p.root.querySelector(`section#section-${number}`);
              if (figures.length === 0) {
                if (section) at(`part ${number} has no figures but is shown`);
                continue;
              }
              if (!section) {
                at(`part ${number} is missing`);
                continue;
              }
              const rated = figures.filter((f) => f.formula !== null);
              const drawn = new Set(
                rated.flatMap((r) => [
                  r.id,
                  ...(r.formula!.match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? []),
                ]),
              );
              rates += rated.length;
              const charts = section.querySelectorAll('figure.sj-chart').length;
              if (charts !== rated.length)
                at(`part ${number}: ${charts} charts, ${rated.length} rates`);
              const cards = section
                .querySelectorAll('li.figure-card')
                .map((c) => attr(c, 'data-figure'));
              const want = figures.filter((f) => !drawn.has(f.id)).map((f) => f.global_id);
              if (cards.join() !== want.join())
                at(`part ${number}: cards ${cards.join(' ')}, expected ${want.join(' ')}`);
            }
          problems.push(...chartProblems(p, rates));
          if (/本部分 0 个数字|\b0 figures\b/.test(p.root.text)) at('says a part has 0 figures');
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

/**
 * What is wrong with the charts on a page that should have at least `min` of them. On a page a
 * chart is HTML (src/charts/lib/html.ts): an image to assistive technology, named by its title and
 * described by its summary, as the SVG is by its <title> and <desc>; a data table follows it.
 */
function chartProblems(p: Page, min: number): string[] {
  const problems: string[] = [];
  const charts = p.root.querySelectorAll('figure.sj-chart');
  if (charts.length < min)
    problems.push(`${p.path}: ${charts.length} figure.sj-chart, expected ${min}+`);
  for (const chart of charts) {
    const caption = chart.querySelector('figcaption')?.text.trim() ?? '';
    const img = chart.querySelector('[role="img"]');
    const desc = chart.querySelector(`[id="${img?.getAttribute('aria-describedby') ?? ''}"]`);
    if (!img) problems.push(`${p.path}: chart without role=img`);
    else if (!caption || attr(img, 'aria-label') !== caption)
      problems.push(`${p.path}: chart image not named by its title "${caption}"`);
    else if (!desc?.text.trim())
      problems.push(`${p.path}: chart image without a description (its summary)`);
    if (!chart.querySelector('table')) problems.push(`${p.path}: chart without a table`);
  }
  return problems;
}

describe('links and resources', () => {
  it('resolves every internal href and src to a file in dist, #fragments to ids on the target page', () => {
    expect(checkReferences(pages).broken).toEqual([]);
  });

  it('loads nothing from another host (script src, link href, img src, @import, url())', () => {
    expect(checkReferences(pages).offsite).toEqual([]);
  });
});

describe('structured data and downloads', () => {
  it('parses every JSON-LD block; city and figure pages describe a Dataset', () => {
    const problems: string[] = [];
    const needsDataset = new Set(
      LANGS.flatMap((lang) => [
        ...DATASETS.map((d) => localePath(lang, cityPath(d.city.slug))),
        ...DATASETS.flatMap((d) => d.figures.map((f) => localePath(lang, figurePath(f)))),
      ]),
    );
    for (const p of pages.values()) {
      const types: string[] = [];
      for (const s of p.root.querySelectorAll('script[type="application/ld+json"]')) {
        try {
          types.push(...ldTypes(JSON.parse(s.rawText)));
        } catch (e) {
          problems.push(`${p.path}: JSON-LD does not parse: ${(e as Error).message}`);
        }
      }
      if (needsDataset.has(p.path) && !types.includes('Dataset'))
        problems.push(`${p.path}: no JSON-LD @type Dataset (types: ${types.join(', ') || 'none'})`);
    }
    expect(problems).toEqual([]);
  });

  it('publishes the package files byte for byte under /downloads/<city>/', () => {
    const problems: string[] = [];
    for (const d of DATASETS) {
      const want = packageDownloads(d);
      const dir = join(DIST, 'downloads', d.city.slug);
      let have: string[] = [];
      try {
        have = listFiles(dir);
      } catch {
        problems.push(`${d.city.slug}: no site/dist/downloads/${d.city.slug}/`);
      }
      for (const f of want.filter((x) => !have.includes(x)))
        problems.push(`${d.city.slug}: ${f} missing`);
      for (const f of have.filter((x) => !want.includes(x)))
        problems.push(`${d.city.slug}: ${f} is not a package file`);
      for (const f of want.filter((x) => have.includes(x))) {
        const a = readFileSync(join(packageDir(d.name), f));
        if (!a.equals(readFileSync(join(dir, f))))
          problems.push(`${d.city.slug}: ${f} differs from the package's`);
      }
    }
    expect(problems).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { allCharts } from '../../../src/lib/chart-registry';
import {
  embedText,
  footerText,
  plainText,
  runsHtml,
  versionLabel,
} from '../../../src/lib/embed/text';
import { MAX_NAMED } from '../../../src/lib/images/attribution';
import { links } from '../../../src/lib/links';
import { getDataset } from '../../../src/lib/site-data';

const SITE = 'https://data.example.org';
const LANGS = ['zh', 'en'] as const;

describe('the sources a chart credits', () => {
  it('are the reports of its figures, each with a figure of the chart it states', () => {
    for (const entry of allCharts()) {
      expect(entry.sources.length).toBeGreaterThan(0);
      expect(entry.credits).toEqual(entry.sources.map((s) => s.credit));
      for (const s of entry.sources) {
        const d = getDataset(s.city);
        const figure = d.figures.find((f) => f.id === s.figure.id);
        expect(figure, `${entry.id}: ${s.figure.id}`).toBeDefined();
        const source = d.sources.find((x) => x.id === figure!.source)!;
        expect(s.report).toBe(source.republication.url);
        expect(s.via).toBe(source.republication.publisher);
        if (entry.city) expect(s.city).toBe(entry.city);
      }
    }
  });

  it('name every reporting city once in an indicator chart, in the order of the bars', () => {
    const indicator = allCharts().find((c) => c.kind === 'indicator' && c.sources.length > 1);
    expect(indicator).toBeDefined();
    const cities = indicator!.sources.map((s) => s.city);
    expect(new Set(cities).size).toBe(cities.length);
  });

  it('point a rate chart at the sentence that states the rate', () => {
    const rate = allCharts().find((c) => c.id.startsWith('rate-'))!;
    const figure = getDataset(rate.city!).figures.find((f) => f.id === rate.sources[0]!.figure.id);
    expect(figure?.unit).toBe('percent');
  });
});

describe("an embed page's source and credit", () => {
  it('link each report as published and the sentence on the source reader, absolute on the site', () => {
    for (const entry of allCharts())
      for (const lang of LANGS) {
        const t = embedText(entry, lang, entry.render(lang).title, SITE);
        const hrefs = t.source.flatMap((r) => (r.href ? [r.href] : []));
        for (const s of entry.sources) {
          expect(hrefs).toContain(s.report);
          expect(hrefs).toContain(`${SITE}${links.quote(lang, s.figure)}`);
        }
        const text = plainText(t.source);
        for (const c of entry.credits) expect(text).toContain(c[lang]);
        for (const via of new Set(entry.sources.map((s) => s.via))) expect(text).toContain(via);
        const page = t.credit.find((r) => r.href?.startsWith(SITE));
        expect(page?.href).toBe(
          `${SITE}${lang === 'en' ? '/en' : ''}${entry.pagePath}#${entry.id}`,
        );
      }
  });

  it('reads the same in both languages, link for link', () => {
    for (const entry of allCharts()) {
      const [zh, en] = LANGS.map((lang) => embedText(entry, lang, entry.render(lang).title, SITE));
      const shape = (runs: { href?: string }[]) =>
        runs.flatMap((r) => (r.href ? [r.href.replace('/en/', '/')] : []));
      // The same links in the same order; the site's own pages in the reader's language.
      expect(shape(en!.source)).toEqual(shape(zh!.source));
      expect(shape(en!.credit).length).toBe(shape(zh!.credit).length);
      expect(en!.source.some((r) => r.href?.includes('/en/cities/'))).toBe(true);
      expect(plainText(zh!.source)).toMatch(/^来源:/);
      expect(plainText(en!.source)).toMatch(/^Source: /);
      expect(plainText(zh!.credit)).toMatch(/^图表:双减治理数据 · 许可:CC BY 4\.0 · 数据版本:/);
      expect(plainText(en!.credit)).toMatch(/^Chart: .+ · Licence: CC BY 4\.0 · Data version: /);
    }
  });

  it('names one "quoted sentence" for a city chart and each city for an indicator chart', () => {
    const city = allCharts().find((c) => c.kind === 'city')!;
    const indicator = allCharts().find((c) => c.kind === 'indicator' && c.sources.length > 1)!;
    expect(plainText(embedText(city, 'zh', 'T', SITE).source)).toMatch(/ · 原文句子$/);
    expect(plainText(embedText(city, 'en', 'T', SITE).source)).toMatch(/ · quoted sentence$/);
    const names = (lang: 'zh' | 'en') =>
      indicator.sources.map((s) => getDataset(s.city).city.name[lang]);
    expect(plainText(embedText(indicator, 'zh', 'T', SITE).source)).toContain(
      ` · 原文句子:${names('zh').join('、')}`,
    );
    expect(plainText(embedText(indicator, 'en', 'T', SITE).source)).toContain(
      ` · Quoted sentences: ${names('en').join(', ')}`,
    );
  });

  it('is what the height estimate measures', () => {
    const entry = allCharts()[0]!;
    const t = embedText(entry, 'en', 'T', SITE);
    expect(footerText(t)).toEqual([plainText(t.source), plainText(t.credit)]);
  });
});

describe('runsHtml', () => {
  it('opens every link in a new tab without an opener, and escapes text and addresses', () => {
    expect(
      runsHtml([
        { text: 'a<b>' },
        { text: '"x" & y', href: 'https://e.org/?a=1&b="2"' },
        { text: 'CC', href: 'https://cc/', rel: 'license' },
        { text: ' · v', className: 'sj-embed-version' },
      ]),
    ).toBe(
      'a&lt;b&gt;' +
        '<a href="https://e.org/?a=1&amp;b=&quot;2&quot;" target="_blank" rel="noopener">&quot;x&quot; &amp; y</a>' +
        '<a href="https://cc/" target="_blank" rel="license noopener">CC</a>' +
        '<span class="sj-embed-version"> · v</span>',
    );
  });
});

describe('an embed across many cities', () => {
  // An indicator chart of 300 cities credited 300 reports, and its embed was 13,000 px tall.
  const indicator = allCharts().find((c) => c.kind === 'indicator' && c.sources.length > 1)!;
  const source = indicator.sources[0]!;
  const many = {
    ...indicator,
    sources: Array.from({ length: 300 }, (_, i) => ({
      ...source,
      credit: { zh: `第${i}市《报告》`, en: `City ${i}, “Report”` },
      report: `https://example.org/report-${i}`,
    })),
    packages: Array.from({ length: 300 }, (_, i) => ({
      name: `@shuangjian/city-${String(i).padStart(3, '0')}`,
      version: '1.0.0',
    })),
  };

  it('names the first MAX_NAMED reports and links the rest to the chart’s page', () => {
    for (const lang of LANGS) {
      const t = embedText(many, lang, 'T', SITE);
      const text = plainText(t.source);
      expect(text).toContain(many.sources[MAX_NAMED - 1]!.credit[lang]);
      expect(text).not.toContain(many.sources[MAX_NAMED]!.credit[lang]);
      const more = t.source.find((r) => r.text.includes(String(300 - MAX_NAMED)));
      expect(more?.href).toBe(`${SITE}${lang === 'en' ? '/en' : ''}${many.pagePath}#${many.id}`);
      expect(t.source.filter((r) => r.href).length).toBeLessThanOrEqual(2 * MAX_NAMED + 1);
    }
  });

  it('keeps the version label short and its embed within the height a snippet allows', () => {
    expect(versionLabel(many.packages, 'en')).toBe(
      `city-000 1.0.0, city-001 1.0.0, city-002 1.0.0, city-003 1.0.0, city-004 1.0.0, and ${300 - MAX_NAMED} more cities`,
    );
    expect(versionLabel(many.packages, 'zh')).toContain(`另${300 - MAX_NAMED}个城市`);
    for (const lang of LANGS) {
      const t = embedText(many, lang, 'T', SITE);
      expect(footerText(t).join('').length).toBeLessThan(1500);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { allCharts } from '../../../src/lib/chart-registry';
import {
  EMBED_LAYOUT,
  MIN_WIDTH,
  SPARE,
  chartBlocks,
  contentHeight,
  embedHeight,
} from '../../../src/lib/embed/height';
import { embedOffer } from '../../../src/lib/embed/offer';
import { escapeHtml, iframeSnippet, scriptSnippet } from '../../../src/lib/embed/snippet';
import { embedText, footerText } from '../../../src/lib/embed/text';

const SITE = 'https://shuangjian-data.example';

describe('iframeSnippet', () => {
  it('is a script-free, lazy, full-width iframe with a fixed height and the title', () => {
    expect(iframeSnippet({ src: `${SITE}/embed/latest/a/`, title: 'T', height: 420 })).toBe(
      `<iframe src="${SITE}/embed/latest/a/" title="T" height="420" loading="lazy"` +
        ' style="width:100%;border:0"></iframe>',
    );
  });

  it('escapes the title and the address, so no title can end the attribute or the element', () => {
    const code = iframeSnippet({
      src: `${SITE}/embed/latest/a/?x="1"&y=<2>`,
      title: `Tip-offs "received" <b>&</b> 'quoted'`,
      height: 300,
    });
    expect(code).toContain(
      'title="Tip-offs &quot;received&quot; &lt;b&gt;&amp;&lt;/b&gt; &#39;quoted&#39;"',
    );
    expect(code).toContain(
      'src="https://shuangjian-data.example/embed/latest/a/?x=&quot;1&quot;&amp;y=&lt;2&gt;"',
    );
    expect(code.match(/</g)).toHaveLength(2);
    // Five attributes, each with its two quotes and no more.
    expect(code.match(/"/g)).toHaveLength(10);
  });

  it('refuses a relative address or a height embed.js would not accept', () => {
    expect(() => iframeSnippet({ src: '/embed/latest/a/', title: 'T', height: 300 })).toThrow(
      'absolute',
    );
    for (const height of [49, 10001, 300.5, NaN])
      expect(() => iframeSnippet({ src: `${SITE}/e/`, title: 'T', height })).toThrow('height');
  });

  it('escapes & < > " and \'', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});

describe('scriptSnippet', () => {
  it('loads embed.js asynchronously from the site', () => {
    expect(scriptSnippet(`${SITE}/embed.js`)).toBe(
      `<script async src="${SITE}/embed.js"></script>`,
    );
    expect(() => scriptSnippet('/embed.js')).toThrow('absolute');
  });
});

describe('embedOffer: the two variants of a chart', () => {
  it('differ only in their address: latest, and this data version', () => {
    for (const entry of allCharts())
      for (const lang of ['zh', 'en'] as const) {
        const offer = embedOffer(entry, lang, SITE);
        const prefix = `${SITE}${lang === 'en' ? '/en' : ''}/embed`;
        expect(offer.latest).toContain(`src="${prefix}/latest/${entry.id}/"`);
        expect(offer.pinned).toContain(`src="${prefix}/v/${offer.paths.version}/${entry.id}/"`);
        expect(offer.latest.replace('/latest/', `/v/${offer.paths.version}/`)).toBe(offer.pinned);
        expect(offer.latest).toContain(`title="${escapeHtml(entry.render(lang).title)}"`);
        expect(offer.latest).toContain(`height="${offer.height}"`);
        expect(offer.script).toBe(`<script async src="${SITE}/embed.js"></script>`);
      }
  });

  it('takes the address from the site it is given', () => {
    const entry = allCharts()[0]!;
    expect(embedOffer(entry, 'zh', 'http://127.0.0.1:4321/').latest).toContain(
      'src="http://127.0.0.1:4321/embed/latest/',
    );
  });

  it('names the data version for people and in the path', () => {
    const entry = allCharts().find((c) => c.kind === 'city')!;
    const offer = embedOffer(entry, 'en', SITE);
    const { name, version } = entry.packages[0]!;
    expect(offer.versionLabel).toBe(`${name.replace('@shuangjian/', '')} ${version}`);
    expect(offer.paths.version).toBe(`${name.replace('@shuangjian/', '')}-${version}`);
  });
});

describe('chartBlocks', () => {
  it('reads the blocks of both kinds of chart, in order', () => {
    const bars = allCharts()
      .find((c) => c.kind === 'indicator')!
      .render('zh');
    const blocks = chartBlocks(bars.html);
    expect(blocks[0]).toMatchObject({ kind: 'label', strong: true });
    expect(blocks[1]).toEqual({ kind: 'bar' });
    expect(blocks.filter((b) => b.kind === 'label')).toHaveLength(bars.table.rows.length);
    expect(blocks.filter((b) => b.kind === 'bar')).toHaveLength(bars.table.rows.length);
    const whole = allCharts()
      .find((c) => c.id.startsWith('rate-'))!
      .render('en');
    expect(chartBlocks(whole.html).map((b) => b.kind)).toEqual([
      'label',
      'whole',
      'legend',
      'notes',
    ]);
    const legend = chartBlocks(whole.html).flatMap((b) => (b.kind === 'legend' ? b.items : []));
    expect(legend).toHaveLength(2);
    for (const item of legend) expect(item).toMatch(/^[^<>]*\d[^<>]*$/);
  });

  it('unescapes text and refuses a chart it does not know', () => {
    expect(chartBlocks('<ul class="sj-notes"><li>a &amp; &lt;b&gt;</li></ul>')).toEqual([
      { kind: 'notes', items: ['a & <b>'] },
    ]);
    expect(() => chartBlocks('<div class="sj-line-chart"></div>')).toThrow('sj-line-chart');
    expect(() => chartBlocks('<div class="sj-html"></div>')).toThrow('no blocks');
  });
});

describe('embedHeight', () => {
  const base = { title: 'T', subtitle: 'S', footer: ['Source: X', 'Chart: Y'] };
  const row = (label: string) => [
    { kind: 'label' as const, text: label, strong: true },
    { kind: 'bar' as const },
  ];
  const chart = [...row('A'), ...row('B'), { kind: 'notes' as const, items: ['Note'] }];

  it('adds the text around the chart to its rows, in either layout', () => {
    const L = EMBED_LAYOUT;
    const C = L.chart;
    const o = { ...base, chart };
    const rows =
      2 * (C.label.size * C.label.line + C.label.after + C.bar) +
      C.label.before +
      C.notes.before +
      C.notes.size * C.notes.line;
    // Wide: one line each of text.
    const text =
      2 * L.padY +
      L.title.size * L.title.line +
      L.title.after +
      L.subtitle.size * L.subtitle.line +
      L.subtitle.after +
      L.foot.before +
      2 * L.foot.size * L.foot.line;
    expect(contentHeight(o, 600)).toBeCloseTo(rows + text, 6);
    // Narrow (a 300 px frame): 8 px padding and a 16 px title.
    const narrowText =
      text - 2 * (L.padY - L.narrow.padY) - (L.title.size - L.narrow.titleSize) * L.title.line;
    expect(contentHeight(o, MIN_WIDTH)).toBeCloseTo(rows + narrowText, 6);
  });

  it('holds the page at every width from MIN_WIDTH up, with SPARE px to spare, for every chart', () => {
    for (const entry of allCharts())
      for (const lang of ['zh', 'en'] as const) {
        const chart = entry.render(lang);
        const t = embedText(entry, lang, chart.title, SITE);
        const o = {
          chart: chartBlocks(chart.html),
          title: t.title,
          subtitle: t.subtitle,
          footer: footerText(t),
        };
        const h = embedHeight(o);
        let tallest = 0;
        for (const w of [...Array.from({ length: 801 - MIN_WIDTH }, (_, i) => MIN_WIDTH + i), 1280])
          tallest = Math.max(tallest, contentHeight(o, w));
        expect(tallest + SPARE, `${lang} ${entry.id}`).toBeLessThanOrEqual(h);
        // And no more than that but the rounding: the page is tallest at its narrowest.
        expect(h - (tallest + SPARE), `${lang} ${entry.id}`).toBeLessThan(10);
        expect(h % 10).toBe(0);
        expect(h).toBeGreaterThanOrEqual(50);
        expect(h).toBeLessThanOrEqual(10000);
      }
  });

  it('is set by the narrowest frame, where text wraps most', () => {
    const wordy = { ...base, title: 'A long title that wraps. '.repeat(12), chart };
    expect(embedHeight(wordy)).toBe(Math.ceil((contentHeight(wordy, MIN_WIDTH) + SPARE) / 10) * 10);
  });

  it('grows with the rows of the chart and with text that wraps', () => {
    const short = embedHeight({ ...base, chart });
    const more = embedHeight({ ...base, chart: [...row('C'), ...row('D'), ...chart] });
    expect(more - short).toBeGreaterThanOrEqual(2 * (EMBED_LAYOUT.chart.bar + 16));
    const long = embedHeight({ ...base, title: '很长的标题'.repeat(20), chart });
    expect(long).toBeGreaterThan(short + 40);
    const longLabel = embedHeight({
      ...base,
      chart: [...row('很长的城市名称'.repeat(10)), ...chart],
    });
    expect(longLabel).toBeGreaterThan(short + EMBED_LAYOUT.chart.bar + 40);
  });
});

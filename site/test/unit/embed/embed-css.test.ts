import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMBED_LAYOUT } from '../../../src/lib/embed/height';

const read = (name: string) =>
  readFileSync(new URL(`../../../src/styles/${name}`, import.meta.url), 'utf8');
const charts = read('charts.css');
const embed = read('embed.css');

/** The body of the first rule after `marker`, braces balanced. */
function blockAfter(css: string, marker: string): string {
  const at = css.indexOf(marker);
  if (at < 0) throw new Error(`no "${marker}"`);
  const open = css.indexOf('{', at);
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    if (css[i] === '}' && --depth === 0) return css.slice(open + 1, i);
  }
  throw new Error('unbalanced braces');
}

function vars(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/(--sj-[a-z-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]),
  );
}

describe('embed.css', () => {
  it('is light unless asked, with the same palettes as charts.css', () => {
    const light = vars(blockAfter(charts, '.sj-chart,'));
    const dark = vars(blockAfter(charts, '@media (prefers-color-scheme: dark)'));
    const forcedLight = vars(blockAfter(embed, ":root:not([data-theme='auto']) .sj-chart {"));
    const forcedDark = vars(blockAfter(embed, ":root[data-theme='dark'] .sj-chart {"));
    expect(blockAfter(embed, ':root {')).toContain('color-scheme: light;');
    expect(Object.keys(light).length).toBeGreaterThanOrEqual(6);
    expect(forcedLight).toMatchObject(light);
    expect(forcedDark).toMatchObject(dark);
  });

  it('gives links a colour in both themes, forced or not', () => {
    const auto = vars(blockAfter(embed, '.sj-embed {'));
    const autoDark = vars(blockAfter(embed, '@media (prefers-color-scheme: dark)'));
    expect(blockAfter(embed, '@media (prefers-color-scheme: dark)')).toContain(
      ":root[data-theme='auto'] .sj-embed {",
    );
    const forcedLight = vars(blockAfter(embed, ":root:not([data-theme='auto']) .sj-chart {"));
    const forcedDark = vars(blockAfter(embed, ":root[data-theme='dark'] .sj-chart {"));
    expect(forcedLight['--sj-link']).toBe(auto['--sj-link']);
    expect(forcedDark['--sj-link']).toBe(autoDark['--sj-link']);
  });

  it('sets the sizes the height estimate assumes', () => {
    const L = EMBED_LAYOUT;
    const C = L.chart;
    const rem = (px: number) => `${px / 16}rem`;
    expect(blockAfter(embed, '.sj-chart.sj-embed {')).toContain(
      `padding: ${L.padY}px ${L.padX}px;`,
    );
    const title = blockAfter(embed, '.sj-embed-title {');
    expect(title).toContain(`font-size: ${rem(L.title.size)};`);
    expect(title).toContain(`line-height: ${L.title.line};`);
    expect(title).toContain(`margin: 0 0 ${L.title.after}px;`);
    const sub = blockAfter(embed, '.sj-embed-subtitle {');
    expect(sub).toContain(`font-size: ${rem(L.subtitle.size)};`);
    expect(sub).toContain(`line-height: ${L.subtitle.line};`);
    expect(sub).toContain(`margin: 0 0 ${L.subtitle.after}px;`);
    const foot = blockAfter(embed, '.sj-embed-foot {');
    expect(foot).toContain(`font-size: ${rem(L.foot.size)};`);
    expect(foot).toContain(`line-height: ${L.foot.line};`);
    expect(foot).toContain(`margin-top: ${L.foot.before}px;`);
    const narrow = blockAfter(embed, `@media (max-width: ${L.narrow.maxWidth / 16}rem)`);
    expect(narrow).toContain(`padding: ${L.narrow.padY}px ${L.narrow.padX}px;`);
    expect(narrow).toMatch(
      new RegExp(`\\.sj-embed-title \\{\\s*font-size: ${rem(L.narrow.titleSize)};`),
    );
    // The HTML chart's rules in charts.css.
    const html = blockAfter(charts, '.sj-html {');
    expect(html).toContain(`font-size: ${rem(C.label.size)};`);
    expect(html).toContain(`line-height: ${C.label.line};`);
    expect(blockAfter(charts, '.sj-html p.sj-bars-label {')).toContain(
      `margin: ${rem(C.label.before)} 0 ${rem(C.label.after)};`,
    );
    expect(blockAfter(charts, '.sj-bars-scale {')).toContain(`min-height: ${rem(C.bar)};`);
    expect(blockAfter(charts, '.sj-ptw-bar {')).toContain(
      `margin: 0.25rem 0 ${rem(C.wholeAfter)};`,
    );
    const notes = blockAfter(charts, '.sj-notes {');
    expect(notes).toContain(`font-size: ${rem(C.notes.size)};`);
    expect(notes).toContain(`line-height: ${C.notes.line};`);
    expect(blockAfter(charts, '.sj-html .sj-notes {')).toContain(
      `margin: ${rem(C.notes.before)} 0 0;`,
    );
    expect(blockAfter(charts, '.sj-notes li + li {')).toContain(`margin-top: ${rem(C.notes.gap)};`);
    expect(blockAfter(charts, '.sj-legend li + li {')).toContain(
      `margin-top: ${rem(C.legend.gap)};`,
    );
    expect(blockAfter(charts, '.sj-legend li {')).toContain(`gap: ${rem(C.legend.indent - 20)};`);
  });

  it('keeps one type scale, nothing under 14 px: notes <= subtitle <= labels <= title', () => {
    const L = EMBED_LAYOUT;
    const smallest = Math.min(L.chart.notes.size, L.subtitle.size, L.foot.size);
    expect(smallest).toBeGreaterThanOrEqual(14);
    expect(L.chart.notes.size).toBeLessThanOrEqual(L.subtitle.size);
    expect(L.subtitle.size).toBeLessThanOrEqual(L.chart.label.size);
    expect(L.chart.label.size).toBeLessThanOrEqual(L.narrow.titleSize);
    expect(L.narrow.titleSize).toBeLessThanOrEqual(L.title.size);
  });
});

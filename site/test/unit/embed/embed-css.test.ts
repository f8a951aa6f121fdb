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
    const forcedLight = vars(blockAfter(embed, ":root:not([data-theme='auto']) .sj-chart,"));
    const forcedDark = vars(blockAfter(embed, ":root[data-theme='dark'] .sj-chart,"));
    expect(embed).toMatch(/:root:not\(\[data-theme='auto'\]\) \.sj-chart-svg \{/);
    expect(embed).toMatch(/:root\[data-theme='dark'\] \.sj-chart-svg \{/);
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
    const forcedLight = vars(blockAfter(embed, ":root:not([data-theme='auto']) .sj-chart,"));
    const forcedDark = vars(blockAfter(embed, ":root[data-theme='dark'] .sj-chart,"));
    expect(forcedLight['--sj-link']).toBe(auto['--sj-link']);
    expect(forcedDark['--sj-link']).toBe(autoDark['--sj-link']);
  });

  it('sets the sizes the height estimate assumes', () => {
    const L = EMBED_LAYOUT;
    expect(blockAfter(embed, '.sj-chart.sj-embed {')).toContain(
      `padding: ${L.padY}px ${L.padX}px;`,
    );
    const title = blockAfter(embed, '.sj-embed-title {');
    expect(title).toContain(`font-size: ${L.title.size}px;`);
    expect(title).toContain(`line-height: ${L.title.line};`);
    expect(title).toContain(`margin: 0 0 ${L.title.after}px;`);
    const sub = blockAfter(embed, '.sj-embed-subtitle {');
    expect(sub).toContain(`font-size: ${L.subtitle.size}px;`);
    expect(sub).toContain(`line-height: ${L.subtitle.line};`);
    expect(sub).toContain(`margin: 0 0 ${L.subtitle.after}px;`);
    const foot = blockAfter(embed, '.sj-embed-foot {');
    expect(foot).toContain(`font-size: ${L.foot.size}px;`);
    expect(foot).toContain(`line-height: ${L.foot.line};`);
    expect(foot).toContain(`margin-top: ${L.foot.before}px;`);
    expect(charts).toMatch(/\.sj-chart-svg \{[^}]*max-width: 29rem;/);
    expect(L.chartMax).toBe(29 * 16);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteRoot } from '../site-root';

/** The light-theme chart colours, keyed without the "--sj-" prefix: bg, fg, muted, bar, on-bar, rest, rest-edge. */
export type Palette = Record<string, string>;

/** site/src/styles/charts.css (read as a file: vitest reads `?raw` CSS imports as empty). */
export function readChartsCss(): string {
  return readFileSync(join(siteRoot(), 'src', 'styles', 'charts.css'), 'utf8');
}

let cached: string | undefined;
const chartsCss = () => (cached ??= readChartsCss());

interface Rule {
  selectors: string[];
  declarations: [property: string, value: string][];
}

// The properties resvg and browsers both apply from a stylesheet; layout and custom properties stay out.
const BAKED = new Set([
  'fill',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-weight',
  'font-style',
]);

/** The top-level rules of a stylesheet; at-rule blocks (@media ...) are skipped whole. */
export function topLevelRules(css: string): Rule[] {
  const src = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  let i = 0;
  for (;;) {
    const open = src.indexOf('{', i);
    if (open < 0) return rules;
    let depth = 1;
    let close = open + 1;
    for (; depth > 0; close++) {
      if (close >= src.length) throw new Error('charts.css: unbalanced braces');
      if (src[close] === '{') depth++;
      if (src[close] === '}') depth--;
    }
    const prelude = src.slice(i, open).trim();
    if (!prelude.startsWith('@')) {
      const declarations = src
        .slice(open + 1, close - 1)
        .split(';')
        .map((d) => d.split(/:(.*)/s).map((s) => s.trim()))
        .filter((d): d is [string, string] => d.length >= 2 && d[0] !== '')
        .map(([p, v]) => [p, v] as [string, string]);
      rules.push({ selectors: prelude.split(',').map((s) => s.trim()), declarations });
    }
    i = close;
  }
}

/** The colours the first `.sj-chart-svg` rule of charts.css sets: the light theme. */
export function lightPalette(css: string = chartsCss()): Palette {
  const rule = topLevelRules(css).find(
    (r) => r.selectors.includes('.sj-chart-svg') && r.declarations.some(([p]) => p === '--sj-bg'),
  );
  if (!rule) throw new Error('charts.css: no .sj-chart-svg rule sets --sj-bg');
  return Object.fromEntries(
    rule.declarations
      .filter(([p]) => p.startsWith('--sj-'))
      .map(([p, v]) => [p.slice('--sj-'.length), v.toLowerCase()]),
  );
}

/**
 * The chart rules of charts.css with the light colours written in, for SVG files that leave the
 * site: only selectors under `.sj-chart-svg` outside @media, only paint and font properties.
 */
export function bakedChartStyles(css: string = chartsCss()): string {
  const palette = lightPalette(css);
  const resolve = (value: string) =>
    value.replace(/var\(\s*--sj-([a-z-]+)\s*\)/g, (_, name: string) => {
      const colour = palette[name];
      if (!colour) throw new Error(`charts.css: --sj-${name} has no light-theme value`);
      return colour;
    });
  // A rule may style the page's HTML chart too (".sj-html .sj-bar"): only its SVG selectors go.
  return topLevelRules(css)
    .map((r) => ({ ...r, selectors: r.selectors.filter((s) => s.startsWith('.sj-chart-svg ')) }))
    .filter((r) => r.selectors.length > 0)
    .map((r) => {
      const kept = r.declarations.filter(([p]) => BAKED.has(p));
      return kept.length === 0
        ? ''
        : `${r.selectors.join(',')}{${kept.map(([p, v]) => `${p}:${resolve(v)}`).join(';')}}`;
    })
    .filter(Boolean)
    .join('\n');
}

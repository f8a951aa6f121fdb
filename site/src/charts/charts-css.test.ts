import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../styles/charts.css', import.meta.url), 'utf8');

/** WCAG 2 relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The custom properties set in a block of declarations. */
function colours(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/(--sj-[a-z-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [
      m[1]!,
      m[2]!.toLowerCase(),
    ]),
  );
}

/** The body of the first rule after `from`, braces balanced. */
function blockAfter(from: number): string {
  const open = css.indexOf('{', from);
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    if (css[i] === '}' && --depth === 0) return css.slice(open + 1, i);
  }
  throw new Error('unbalanced braces in charts.css');
}

const light = colours(blockAfter(css.indexOf('.sj-chart,')));
const dark = colours(blockAfter(css.indexOf('@media (prefers-color-scheme: dark)')));
// "--sj-fg on --sj-bg  17.40  15.06  4.5  labels": the claims in the comment at the top of charts.css.
const claims = [
  ...css.matchAll(/^\s*\*\s+(--sj-[a-z-]+) on (--sj-[a-z-]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/gm),
].map((m) => ({ fg: m[1]!, bg: m[2]!, light: m[3]!, dark: m[4]!, needs: Number(m[5]) }));

describe('charts.css colours', () => {
  it('sets every colour in both themes', () => {
    expect(Object.keys(light).sort()).toEqual(Object.keys(dark).sort());
    expect(Object.keys(light).length).toBeGreaterThanOrEqual(6);
  });

  it('claims a ratio for every pair the charts draw', () => {
    const pairs = claims.map((c) => `${c.fg} on ${c.bg}`);
    for (const needed of [
      '--sj-fg on --sj-bg',
      '--sj-muted on --sj-bg',
      '--sj-bar on --sj-bg',
      '--sj-on-bar on --sj-bar',
      '--sj-rest-edge on --sj-bg',
      '--sj-rest on --sj-bar',
    ])
      expect(pairs).toContain(needed);
  });

  for (const c of claims)
    it(`${c.fg} on ${c.bg} is ${c.light} (light) and ${c.dark} (dark), at least ${c.needs}:1`, () => {
      for (const [theme, set, claimed] of [
        ['light', light, c.light],
        ['dark', dark, c.dark],
      ] as const) {
        const ratio = contrast(set[c.fg]!, set[c.bg]!);
        expect(ratio.toFixed(2), `${theme} ${set[c.fg]} on ${set[c.bg]}`).toBe(claimed);
        expect(ratio).toBeGreaterThanOrEqual(c.needs);
      }
    });

  it('text needs 4.5:1 and marks 3:1 in the claims', () => {
    for (const c of claims) expect(c.needs).toBe(/fg|muted|on-bar/.test(c.fg) ? 4.5 : 3);
  });
});

// The PNG cache: a hit gives the bytes of a fresh render, a damaged entry is never served, and
// SHUANGJIAN_IMAGE_CACHE=off turns it off.
import { mkdtempSync, readdirSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { allCharts } from '../../../src/lib/chart-registry';
import { imageFonts } from '../../../src/lib/images/catalog';
import { chartImageSvg } from '../../../src/lib/images/chart-image';
import { drawPng } from '../../../src/lib/images/draw';
import { cachedPng, renderKey } from '../../../src/lib/images/render-cache';
import { renderPngAsync } from '../../../src/lib/images/render-pool';
import { SITE_ORIGIN } from '../../lib/expected';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shuangjian-png-cache-'));
  vi.stubEnv('SHUANGJIAN_IMAGE_CACHE', dir);
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

const svg = () => chartImageSvg(allCharts()[0]!, 'zh', SITE_ORIGIN);

describe('the PNG render cache', () => {
  it('renders in a worker the bytes of a render on this thread, stores them, and serves them again without the fonts', async () => {
    const fonts = await imageFonts(SITE_ORIGIN);
    const fresh = await renderPngAsync(svg(), 1, () => imageFonts(SITE_ORIGIN));
    expect(fresh.equals(await drawPng(svg(), fonts))).toBe(true);
    expect(readdirSync(dir)).toEqual([`${renderKey(svg(), 1)}.png`]);
    const again = await renderPngAsync(svg(), 1, () => {
      throw new Error('a cache hit must not need the fonts');
    });
    expect(again.equals(fresh)).toBe(true);
  }, 60_000);

  it('keys by zoom and SVG: another zoom or one changed character is a miss', () => {
    const key = renderKey(svg(), 1);
    expect(renderKey(svg(), 2)).not.toBe(key);
    expect(renderKey(svg().replace('</svg>', ' </svg>'), 1)).not.toBe(key);
  });

  it('never serves a truncated entry', async () => {
    await renderPngAsync(svg(), 1, () => imageFonts(SITE_ORIGIN));
    const key = renderKey(svg(), 1);
    expect(await cachedPng(key)).toBeDefined();
    truncateSync(join(dir, `${key}.png`), 100);
    expect(await cachedPng(key)).toBeUndefined();
  }, 60_000);

  it('is off with SHUANGJIAN_IMAGE_CACHE=off', async () => {
    vi.stubEnv('SHUANGJIAN_IMAGE_CACHE', 'off');
    await renderPngAsync(svg(), 1, () => imageFonts(SITE_ORIGIN));
    expect(await cachedPng(renderKey(svg(), 1))).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);
});

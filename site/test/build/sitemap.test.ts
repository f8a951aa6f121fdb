// The sitemap (@astrojs/sitemap, patched in patches/ to gather each page's languages in one pass):
// every page a reader may land on, in order, each with its Chinese and English addresses.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_HINT, DIST, distBuilt } from '../lib/dist';
import { SITE_ORIGIN } from '../lib/expected';

beforeAll(() => {
  if (!distBuilt()) throw new Error(BUILD_HINT);
});

describe('the sitemap', () => {
  const xml = () => readFileSync(`${DIST}/sitemap-0.xml`, 'utf8');
  const entries = () =>
    [...xml().matchAll(/<url><loc>([^<]*)<\/loc>(.*?)<\/url>/g)].map(([, loc, rest]) => ({
      loc: loc!,
      // In the order of the sorted addresses, whichever language that puts first.
      links: [...rest!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)]
        .map(([, l, h]) => [l, h])
        .sort(([a], [b]) => (a! < b! ? -1 : 1)),
    }));

  it('lists every page but the downloads, the embeds and 404, in numeric order', () => {
    const pages = (readdirSync(DIST, { recursive: true }) as string[])
      .filter((f) => f.endsWith('index.html'))
      .map((f) => f.replace(/index\.html$/, ''))
      .filter((p) => !/^(en\/)?(downloads|embed)\//.test(p))
      .map((p) => new URL(p, SITE_ORIGIN).href);
    const locs = entries().map((e) => e.loc);
    expect([...locs].sort()).toEqual(pages.sort());
    expect(locs).toEqual([...locs].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  });

  it('gives every page its Chinese and its English address, the same pair for both', () => {
    const problems: string[] = [];
    for (const { loc, links } of entries()) {
      const path = new URL(loc).pathname.replace(/^\/en\//, '/');
      const zh = new URL(path, SITE_ORIGIN).href;
      const en = new URL(`/en${path}`, SITE_ORIGIN).href;
      if (
        JSON.stringify(links) !==
        JSON.stringify([
          ['en', en],
          ['zh-Hans', zh],
        ])
      )
        problems.push(`${loc}: ${JSON.stringify(links)}`);
    }
    expect(problems).toEqual([]);
  });
});

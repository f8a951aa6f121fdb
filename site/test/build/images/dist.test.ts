// The images in the built site (site/dist): every file there, the right size,
// and every page's og:image pointing at one of them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartImageFiles, imageFiles } from '../../../src/lib/images/catalog';
import { ogEntries } from '../../../src/lib/images/og-entries';
import { BUILD_HINT, DIST, distBuilt, loadPages } from '../../lib/dist';
import { SITE_ORIGIN } from '../../lib/expected';
import { pngSize } from '../../lib/pixels';

beforeAll(() => {
  if (!distBuilt()) throw new Error(BUILD_HINT);
});

/** Every file under dir, relative to root, with / between folders. */
function filesUnder(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(root, `${dir}/${e.name}`) : [`${dir}/${e.name}`],
  );
}

describe('built images', () => {
  it('has exactly the image files of the catalog, each chart SVG as the catalog makes it', () => {
    // The build writes them itself (write-images.ts), not through routes.
    const expected = imageFiles(SITE_ORIGIN);
    expect(filesUnder(DIST, 'images').sort()).toEqual(expected.map((f) => f.path).sort());
    for (const f of expected.filter((f) => f.zoom === undefined))
      expect(readFileSync(join(DIST, f.path), 'utf8'), f.path).toBe(f.svg);
  });

  it('has every chart image: the SVG, and the PNG at exactly twice its size', () => {
    const problems: string[] = [];
    for (const f of chartImageFiles()) {
      const file = join(DIST, 'images', 'charts', f.lang, f.file);
      if (!existsSync(file)) {
        problems.push(`missing ${file}`);
        continue;
      }
      const bytes = readFileSync(file);
      if (f.format === 'svg') {
        if (!bytes.toString('utf8').startsWith('<svg xmlns')) problems.push(`${file}: not an SVG`);
        continue;
      }
      const { width, height } = pngSize(bytes);
      const svg = readFileSync(file.replace(/\.png$/, '.svg'), 'utf8');
      const svgHeight = Number(/^<svg[^>]* height="([\d.]+)"/.exec(svg)?.[1]);
      if (width !== 1280) problems.push(`${file}: ${width} px wide, not 1280`);
      if (height !== 2 * svgHeight) problems.push(`${file}: ${height} px, not 2 × ${svgHeight}`);
      if (bytes[25] !== 3) problems.push(`${file}: not an indexed-colour PNG`);
    }
    expect(problems).toEqual([]);
  });

  it('has every OpenGraph image at 1200×630, one for both languages', () => {
    const problems: string[] = [];
    for (const e of ogEntries().values()) {
      const file = join(DIST, 'images', 'og', `${e.key}.png`);
      if (!existsSync(file)) {
        problems.push(`missing ${file}`);
        continue;
      }
      const bytes = readFileSync(file);
      if (JSON.stringify(pngSize(bytes)) !== '{"width":1200,"height":630}')
        problems.push(`${file}: wrong size`);
      if (bytes[25] !== 3) problems.push(`${file}: not an indexed-colour PNG`);
    }
    expect(problems).toEqual([]);
    // No image per language any more: /images/og/ holds the bilingual images only.
    for (const lang of ['zh', 'en'])
      expect(existsSync(join(DIST, 'images', 'og', lang))).toBe(false);
  });

  it('gives every page an og:image (with size and alt) that exists, and a large Twitter card', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of loadPages().values()) {
      const meta = (attr: string, name: string) =>
        page.root.querySelector(`meta[${attr}="${name}"]`)?.getAttribute('content') ?? '';
      // Pages of the site layout (Base.astro) have OpenGraph tags; the 404 and embeds do not.
      if (meta('property', 'og:type') === '') continue;
      checked++;
      const image = meta('property', 'og:image');
      const at = (m: string) => problems.push(`${page.path}: ${m}`);
      if (!image.startsWith(`${SITE_ORIGIN}/images/og/`)) at(`og:image ${JSON.stringify(image)}`);
      else if (!existsSync(join(DIST, decodeURIComponent(new URL(image).pathname))))
        at(`og:image ${image} is not in dist`);
      if (meta('property', 'og:image:width') !== '1200') at('og:image:width');
      if (meta('property', 'og:image:height') !== '630') at('og:image:height');
      if (meta('property', 'og:image:alt') === '') at('no og:image:alt');
      if (meta('name', 'twitter:card') !== 'summary_large_image') at('twitter:card');
      if (meta('name', 'twitter:image') !== image) at('twitter:image differs from og:image');
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(ogEntries().size);
  });

  it('gives the Chinese and the English page one og:image, with alt text in each page’s language', () => {
    const pages = loadPages();
    const problems: string[] = [];
    let pairs = 0;
    const images = new Set<string>();
    for (const page of pages.values()) {
      if (!page.path.startsWith('/en/')) continue;
      const zh = pages.get(page.path.slice(3));
      const meta = (p: typeof page, name: string) =>
        p.root.querySelector(`meta[property="${name}"]`)?.getAttribute('content') ?? '';
      if (!zh || meta(page, 'og:type') === '') continue;
      pairs++;
      const at = (m: string) => problems.push(`${page.path}: ${m}`);
      const image = meta(page, 'og:image');
      images.add(image);
      if (meta(zh, 'og:image') !== image)
        at(`og:image ${image}, ${zh.path} has ${meta(zh, 'og:image')}`);
      const zhAlt = meta(zh, 'og:image:alt');
      const enAlt = meta(page, 'og:image:alt');
      if (zhAlt === enAlt) at('the same og:image:alt in both languages');
      if (!/\p{Script=Han}/u.test(zhAlt)) at(`Chinese alt without Chinese: ${zhAlt}`);
      if (!/^[^\p{Script=Han}]*[A-Za-z]{3}/u.test(enAlt))
        at(`English alt not in English: ${enAlt}`);
      for (const alt of [zhAlt, enAlt])
        if ([...alt].length > 420) at(`alt of ${[...alt].length} characters`);
      for (const [p, alt] of [
        [zh, zhAlt],
        [page, enAlt],
      ] as const) {
        const twitter = p.root
          .querySelector('meta[name="twitter:image:alt"]')
          ?.getAttribute('content');
        if (twitter !== alt) at(`${p.path}: twitter:image:alt differs from og:image:alt`);
      }
    }
    expect(problems).toEqual([]);
    // Every figure, city and indicator page has a pair; each image is used by both pages.
    expect(pairs).toBeGreaterThan(ogEntries().size);
    expect(images.size).toBe(ogEntries().size);
  });
});

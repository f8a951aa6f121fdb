// The public address end to end: a build with SITE_URL holds no trace of the placeholder anywhere
// (pages, sitemap, robots, feed, API, citations, embed snippets and the embeds' links, chart SVGs,
// the files inside the zips), its embed snippets work pasted into another site (in Chromium), and
// a production build with the placeholder stops before writing anything.
// Two site builds into temp folders (~15 s with a warm image cache); site/dist is left alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, buildSite } from '../../../scripts/src/reproducible/check.ts';
import { REPO_ROOT } from '../../../scripts/src/paths.ts';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { allCharts } from '../../src/lib/chart-registry';
import { articlePage, lookAtEmbeds, offeredSnippet, pasted } from '../browser/article';
import { launchChromium, serveDir } from '../browser/harness';
import { listFiles, localePath, SITE_DIR } from '../lib/expected';

const PLACEHOLDER = (
  JSON.parse(readFileSync(join(SITE_DIR, 'site.config.json'), 'utf8')) as { site: string }
).site;
const ADDRESS = 'https://data.example.org';
const BINARY = new Set(['.png', '.zip', '.wasm', '.pf_fragment', '.pf_index', '.pf_meta', '.gz']);

let tmp = '';
let out = '';

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'shuangjian-site-url-'));
  out = join(tmp, 'site');
  buildSite(
    REPO_ROOT,
    out,
    buildEnv(REPO_ROOT, { SITE_URL: ADDRESS, SITE_PRODUCTION: '1', SHUANGJIAN_IMAGE_CACHE: '' }),
  );
}, 600_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const read = (file: string) => readFileSync(join(out, file), 'utf8');

describe(`a production build with SITE_URL=${ADDRESS}`, () => {
  it('holds no trace of the placeholder address in any text file or zipped file', () => {
    const host = new URL(PLACEHOLDER).host;
    const traces: string[] = [];
    let checked = 0;
    for (const file of listFiles(out)) {
      const ext = extname(file);
      if (ext === '.zip') {
        for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(out, file))))) {
          checked++;
          if (Buffer.from(bytes).toString('utf8').includes(host)) traces.push(`${file}:${name}`);
        }
      } else if (!BINARY.has(ext)) {
        checked++;
        if (read(file).includes(host)) traces.push(file);
      }
    }
    expect(traces).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });

  it('puts the address in canonical links, the sitemap, robots.txt and the feed', () => {
    expect(read('index.html')).toContain(`<link rel="canonical" href="${ADDRESS}/"`);
    expect(read('en/index.html')).toContain(`<link rel="canonical" href="${ADDRESS}/en/"`);
    expect(read('sitemap-index.xml')).toContain(`${ADDRESS}/sitemap-0.xml`);
    expect(read('sitemap-0.xml')).toContain(`<loc>${ADDRESS}/cities/hefei/</loc>`);
    expect(read('robots.txt')).toContain(`Sitemap: ${ADDRESS}/sitemap-index.xml`);
    expect(read('feed.xml')).toContain(`<id>${ADDRESS}/feed.xml</id>`);
  });

  it('puts the address in the API, the citations and the embed snippets', () => {
    const index = JSON.parse(read('api/v1/index.json')) as { feed: string };
    expect(index.feed).toBe(`${ADDRESS}/feed.xml`);
    expect(read('cities/hefei/index.html')).toContain(`${ADDRESS}/cities/hefei/`);
    // A city page that has a chart (a rate and its parts) offers its embed snippets.
    const page = allCharts()
      .find((c) => c.kind === 'city')!
      .pagePath.replace(/^\//, '');
    const city = read(`${page}index.html`);
    expect(city).toContain(`&lt;iframe src=&quot;${ADDRESS}/embed/latest/`);
    expect(city).toContain(`&lt;iframe src=&quot;${ADDRESS}/embed/v/`);
    expect(city).toContain(`&lt;script async src=&quot;${ADDRESS}/embed.js&quot;`);
    expect(read(`en/${page}index.html`)).toContain(
      `&lt;iframe src=&quot;${ADDRESS}/en/embed/latest/`,
    );
  });

  it("puts the address in every embed page's links: the chart's page and the quoted sentence", () => {
    const embeds = listFiles(out).filter((f) => /^(en\/)?embed\/.*index\.html$/.test(f));
    expect(embeds.length).toBeGreaterThan(4);
    const problems: string[] = [];
    for (const file of embeds) {
      const html = read(file);
      const en = file.startsWith('en/') ? '/en' : '';
      const hrefs = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]!);
      if (!hrefs.some((h) => h.startsWith(`${ADDRESS}${en}/cities/`) && h.includes('/source/#q-')))
        problems.push(`${file}: no link to a quoted sentence at ${ADDRESS}${en}/cities/`);
      if (!hrefs.some((h) => new RegExp(`^${ADDRESS}${en}/(cities|indicators)/[^#]+/#`).test(h)))
        problems.push(`${file}: no link to the chart's page at ${ADDRESS}`);
      for (const h of hrefs)
        if (!/^https:\/\//.test(h)) problems.push(`${file}: relative link ${h}`);
    }
    expect(problems).toEqual([]);
  });
});

describe(`a journalist's page with snippets copied from the build with SITE_URL=${ADDRESS}`, () => {
  it('shows each embed whole and light, its links going to the address', async () => {
    const entries = [allCharts().find((c) => c.kind === 'indicator')!, allCharts().at(-1)!];
    const snippets = entries.flatMap((entry) =>
      (['zh', 'en'] as const).map((lang) =>
        offeredSnippet(out, localePath(lang, entry.pagePath), entry.id, 'latest'),
      ),
    );
    for (const s of snippets) expect(s).toMatch(new RegExp(`^<iframe src="${ADDRESS}/`));
    const site = await serveDir(out);
    const host = createServer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(articlePage(snippets.map((s) => pasted(s, ADDRESS, site.origin))));
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
      const seen = await lookAtEmbeds(
        page,
        snippets.map((s) => pasted(s, ADDRESS, site.origin)),
      );
      for (const e of seen) {
        expect(e.url).toBe(e.src);
        expect(e.luminance).toBeGreaterThan(0.9);
        expect(e.scrollHeight).toBeLessThanOrEqual(e.height);
        expect(e.links.every((l) => l.inView && l.onTop && l.target === '_blank')).toBe(true);
        // The chart's page and the quoted sentence: on the configured address.
        const ours = e.links.filter((l) => l.href.startsWith(`${ADDRESS}/`));
        expect(ours.some((l) => l.href.includes('/source/#q-'))).toBe(true);
        expect(ours.some((l) => /\/(cities|indicators)\/[^#]+\/#/.test(l.href))).toBe(true);
      }
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      host.closeAllConnections();
      await new Promise((resolve) => host.close(resolve));
      await site.close();
    }
  }, 120_000);
});

describe('a production build with the placeholder address', () => {
  it('stops with an error that says to set SITE_URL, and writes nothing', () => {
    const outDir = join(tmp, 'refused');
    const env = buildEnv(REPO_ROOT, { SITE_PRODUCTION: '1' });
    delete env['SITE_URL'];
    const result = spawnSync(
      join(SITE_DIR, 'node_modules', '.bin', 'astro'),
      ['build', '--outDir', outDir],
      { cwd: SITE_DIR, env, encoding: 'utf8', timeout: 120_000 },
    );
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(
      `is the placeholder address ${PLACEHOLDER}, and SITE_PRODUCTION is set: set SITE_URL`,
    );
    expect(existsSync(outDir)).toBe(false);
  });
});

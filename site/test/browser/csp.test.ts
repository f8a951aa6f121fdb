// The Content-Security-Policy in Chromium, with dist served as a static host serves it: with the
// headers of its _headers file on top of each page's <meta> policy. No page breaks a directive;
// search and the embeds' resize script still run; site pages refuse frames, embeds allow them.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCharts } from '../../src/lib/chart-registry';
import { headersFor, parseHeaders } from '../../src/lib/csp/headers';
import { embedPaths } from '../../src/lib/embed/paths';
import { BUILD_HINT, DIST, distBuilt } from '../lib/dist';
import { DATASETS, LANGS, localePath, type Lang } from '../lib/expected';
import { launchChromium, samplePages, watch, type StaticServer } from './harness';

let site: StaticServer | undefined;
let host: StaticServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext;

/** Listen on 127.0.0.1 and a free port. */
async function listen(server: Server, close: () => void = () => {}): Promise<StaticServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((e) => (e ? reject(e) : resolve())),
      );
      close();
    },
  };
}

/** A snapshot of dist, each response with the headers _headers gives its path; 404.html otherwise. */
async function serveWithHeaders(): Promise<StaticServer> {
  if (!distBuilt()) throw new Error(BUILD_HINT);
  const root = mkdtempSync(join(tmpdir(), 'shuangjian-csp-'));
  cpSync(DIST, root, { recursive: true });
  const rules = parseHeaders(readFileSync(join(root, '_headers'), 'utf8'));
  const notFound = readFileSync(join(root, '404.html'));
  const serve = sirv(root, { etag: false });
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://site').pathname;
    for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
    serve(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    });
  });
  return listen(server, () => rmSync(root, { recursive: true, force: true }));
}

const charts = allCharts();
const embedded = charts.find((c) => c.kind === 'city')!;

/** A page on a second origin that frames a site page and an embed, and records size messages. */
async function serveHost(siteOrigin: string): Promise<StaticServer> {
  const server = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,"></head><body>
<iframe id="site" src="${siteOrigin}/" title="site"></iframe>
<iframe id="embed" src="${siteOrigin}${embedPaths(embedded, 'en').latest}" title="embed"></iframe>
<script>window.sizes=[];addEventListener('message',function(e){if(e.data&&e.data.type==='shuangjian:embed-size')sizes.push(e.data.height)});</script>
</body></html>`);
  });
  return listen(server);
}

beforeAll(async () => {
  site = await serveWithHeaders();
  host = await serveHost(site.origin);
  browser = await launchChromium();
  context = await browser.newContext();
  const allowed = [site.origin, host.origin];
  await context.route(
    (url) => url.protocol.startsWith('http') && !allowed.includes(url.origin),
    (route) => route.abort('blockedbyclient'),
  );
  // In every document and frame, before its own scripts: keep each violation report.
  await context.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    addEventListener(
      'securitypolicyviolation',
      (e) =>
        w.cspViolations.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
        ),
      true,
    );
  });
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await site?.close();
});

/** Every violation event and every console message about the policy, in the page's frames. */
function record(page: Page): () => Promise<string[]> {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (/content.security.policy/i.test(m.text())) messages.push(`console: ${m.text()}`);
  });
  return async () => {
    const events = await Promise.all(
      page
        .frames()
        .map((f) =>
          f.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
        ),
    );
    return [...events.flat(), ...messages];
  };
}

/** Every kind of page: those of the other browser tests, plus data, search, two embeds and 404. */
function pagesIn(lang: Lang): { name: string; path: string; status?: number }[] {
  const embed = embedPaths(embedded, lang);
  return [
    ...samplePages().map((p) => ({ ...p, path: localePath(lang, p.path) })),
    { name: 'data', path: localePath(lang, '/data/') },
    { name: 'search', path: localePath(lang, '/search/') },
    { name: 'embed (latest)', path: embed.latest },
    { name: 'embed (pinned)', path: embed.pinned },
    { name: '404', path: localePath(lang, '/no-such-page/'), status: 404 },
  ];
}

describe.each(LANGS)('%s', (lang) => {
  it.each(pagesIn(lang))(
    '$name page: one policy without unsafe-inline, and no violation',
    async ({ path, status = 200 }) => {
      const page = await context.newPage();
      const violations = record(page);
      const problems = watch(page, site!.origin).filter(
        (p) => status === 200 || !/^HTTP 404/.test(p),
      );
      const response = await page.goto(site!.origin + path);
      expect(response?.status(), `HTTP status of ${path}`).toBe(status);
      await page.waitForLoadState('networkidle');
      const policies = await page.$$eval('meta[http-equiv="Content-Security-Policy"]', (ms) =>
        ms.map((m) => m.getAttribute('content') ?? ''),
      );
      expect(policies).toHaveLength(1);
      expect(policies[0]).toMatch(/^default-src 'self'; script-src 'self'/);
      expect(policies[0]).not.toMatch(/unsafe-inline/);
      expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors/);
      expect(await violations()).toEqual([]);
      await page.close();
      expect(problems).toEqual([]);
    },
  );

  it.each([
    { how: 'in its worker', worker: true },
    { how: 'on the main thread, without Worker', worker: false },
  ])('search runs Pagefind $how and finds a city, with no violation', async ({ worker }) => {
    const page = await context.newPage();
    // Without Worker, Pagefind compiles its WebAssembly in the page: 'wasm-unsafe-eval'.
    if (!worker) await page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
    const violations = record(page);
    const problems = watch(page, site!.origin);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(site!.origin + localePath(lang, '/search/'));
    await page.locator('#q').fill(DATASETS[0]!.city.name[lang]);
    const results = page.locator('.search-results li a');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(requests.includes(`/pagefind/${lang}/pagefind-worker.js`), 'worker requested').toBe(
      worker,
    );
    expect(await violations()).toEqual([]);
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe('framing by another site', () => {
  it('refuses a site page, shows an embed, and the embed reports its height', async () => {
    const page = await context.newPage();
    await page.goto(host!.origin + '/');
    const frame = async (id: string) => (await page.$(`iframe#${id}`))!.contentFrame();
    const embed = (await frame('embed'))!;
    await expect
      .poll(
        () =>
          embed
            .locator('h1')
            .textContent()
            .catch(() => null),
        { timeout: 10_000 },
      )
      .toBe(embedded.render('en').title);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { sizes: number[] }).sizes.length))
      .toBeGreaterThan(0);
    // A refused frame holds Chromium's error page instead of the site.
    await expect.poll(async () => (await frame('site'))?.url() ?? '').not.toMatch(/^http/);
    await page.close();
  });
});

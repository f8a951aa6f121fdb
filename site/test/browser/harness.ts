// One static server for site/dist and one Chromium, shared by the tests of a file.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, playwrightLaunchOptions } from '@shuangjian/scripts/browser';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import sirv from 'sirv';
import { BUILD_HINT, DIST, distBuilt } from '../lib/dist';
import {
  DATASETS,
  INDICATORS,
  cityPath,
  figurePath,
  indicatorPath,
  sourcePath,
} from '../lib/expected';

/**
 * Launch the Chromium that findChromium() picks: CHROME_PATH, a system Chromium or Chrome, else
 * the one the @sparticuz/chromium devDependency carries. Playwright adds --headless itself and
 * refuses --user-data-dir in args: launch() always starts on a fresh temporary profile.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...playwrightLaunchOptions(await findChromium()), headless: true });
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serve a snapshot of site/dist on 127.0.0.1 and a free port; unknown paths get 404.html with
 * status 404. The snapshot keeps a build running meanwhile (astro empties dist first) out of the run.
 */
export async function serveDist(): Promise<StaticServer> {
  if (!distBuilt()) throw new Error(BUILD_HINT);
  const root = mkdtempSync(join(tmpdir(), 'shuangjian-dist-'));
  cpSync(DIST, root, { recursive: true });
  const server = await serveDir(root);
  return {
    origin: server.origin,
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Serve a built site folder on 127.0.0.1 (a free port), with its 404.html for unknown paths. */
export async function serveDir(dir: string): Promise<StaticServer> {
  const notFound = readFileSync(join(dir, '404.html'));
  const handler = sirv(dir, { etag: false });
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((e) => (e ? reject(e) : resolve())),
      );
    },
  };
}

/** A context in which requests to any other host are refused (watch() records them as failures). */
export async function localContext(
  browser: Browser,
  origin: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.route(
    (url) => url.protocol.startsWith('http') && url.origin !== origin,
    (route) => route.abort('blockedbyclient'),
  );
  return context;
}

/** Everything that went wrong while a page loaded and ran. */
export function watch(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) =>
    problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? 'unknown'})`),
  );
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin !== origin && !['data:', 'blob:', 'about:'].includes(url.protocol))
      problems.push(`request to another host: ${r.url()}`);
  });
  return problems;
}

/** The pages the browser tests visit: one of each kind. */
export function samplePages(): { name: string; path: string }[] {
  const d = DATASETS[0]!;
  // Prefer an indicator some city does not report, so that a "not reported" row is on the page.
  const indicator =
    INDICATORS.find((i) => DATASETS.some((x) => !x.figures.some((f) => f.indicator === i.id))) ??
    INDICATORS[0]!;
  return [
    { name: 'home', path: '/' },
    { name: 'city', path: cityPath(d.city.slug) },
    { name: 'source', path: sourcePath(d.city.slug) },
    { name: 'figure', path: figurePath(d.figures[0]!) },
    { name: 'indicator', path: indicatorPath(indicator) },
    { name: 'compare', path: '/compare/' },
  ];
}

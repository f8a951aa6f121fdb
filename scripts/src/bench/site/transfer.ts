import { gzipSync } from 'node:zlib';
import type { Browser, Request } from 'playwright-core';

/** One request the page made, with its body sizes. */
export interface Resource {
  url: string;
  status: number | 'failed';
  /** Playwright's resource type: `document`, `script`, `stylesheet`, `image`, `font`, `fetch`, … */
  type: string;
  contentType: string;
  /** Body bytes as served (this server does not compress). */
  rawBytes: number;
  /** Body bytes gzip -9 for compressible types, else the raw bytes (a host would not gzip a PNG). */
  gzipBytes: number;
}

/** What one page load transferred. */
export interface Transfer {
  /** Status of the page's own document. */
  status: number | 'failed';
  resources: Resource[];
  /** Sum of `gzipBytes` over every resource. */
  gzipBytes: number;
  /** gzip bytes of scripts: every `script` response, plus the inline `<script>` text (gzip -9). */
  jsGzipBytes: number;
  /** gzip bytes of inline `<script>` text alone (also counted in the document's bytes). */
  inlineJsGzipBytes: number;
  requests: number;
  /** URLs requested from any origin but the server's own. */
  external: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

const COMPRESSIBLE = /^(text\/|image\/svg\+xml|application\/(.*\+)?(javascript|json|xml|wasm))/;

const gzipLength = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

// Inline classic and module scripts; JSON-LD and other data blocks are not code.
const INLINE_SCRIPTS = `[...document.querySelectorAll('script:not([src])')]
  .filter((s) => ['', 'module', 'text/javascript', 'application/javascript'].includes(s.type))
  .map((s) => s.textContent ?? '')`;

/**
 * Loads `url` cold in a fresh browser context, waits until the network is idle, scrolls to the
 * bottom (so lazy images load) and waits again, and records every request the page made.
 */
export async function measureTransfer(browser: Browser, url: string): Promise<Transfer> {
  const origin = new URL(url).origin;
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: Request[] = [];
  const errors: string[] = [];
  page.on('request', (req) => {
    if (!req.url().startsWith('data:')) requests.push(req);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
  try {
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    await page.waitForTimeout(250);
    await page.waitForLoadState('networkidle');
    const inline = (await page.evaluate(INLINE_SCRIPTS)) as string[];
    const inlineJsGzipBytes = inline.length ? gzipLength(inline.join('\n')) : 0;
    const resources = await Promise.all(requests.map(describe));
    const sum = (rs: Resource[]) => rs.reduce((total, r) => total + r.gzipBytes, 0);
    return {
      status: response?.status() ?? 'failed',
      resources,
      gzipBytes: sum(resources),
      jsGzipBytes: sum(resources.filter((r) => r.type === 'script')) + inlineJsGzipBytes,
      inlineJsGzipBytes,
      requests: requests.length,
      external: requests.map((r) => r.url()).filter((u) => new URL(u).origin !== origin),
      errors,
    };
  } finally {
    await context.close();
  }
}

async function describe(req: Request): Promise<Resource> {
  const response = await req.response();
  const base = { url: req.url(), type: req.resourceType() };
  if (!response) return { ...base, status: 'failed', contentType: '', rawBytes: 0, gzipBytes: 0 };
  const contentType = (await response.headerValue('content-type')) ?? '';
  // A redirect has no body to read.
  const body = await response.body().catch(() => Buffer.alloc(0));
  const gzipBytes = body.length && COMPRESSIBLE.test(contentType) ? gzipLength(body) : body.length;
  return {
    ...base,
    status: response.status(),
    contentType,
    rawBytes: body.length,
    gzipBytes,
  };
}

// axe-core on one page of each kind, in both languages, in light and dark colour schemes.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS, localePath } from '../lib/expected';
import { launchChromium, localContext, samplePages, serveDist, type StaticServer } from './harness';

let server: StaticServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  // AxeBuilder opens a helper page in the page's context, so it needs a context of its own.
  context = await localContext(browser, server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

/** One line per failing element: rule, impact, element and what is wrong. */
function describeViolations(path: string, violations: Violations): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${path} ${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`,
    ),
  );
}

describe.each(['light', 'dark'] as const)('%s colour scheme', (colorScheme) => {
  describe.each(LANGS)('%s', (lang) => {
    it.each(samplePages())('$name page has no axe violations', async ({ path }) => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      const url = localePath(lang, path);
      const response = await page.goto(server!.origin + url);
      expect(response?.status()).toBe(200);
      const results = await new AxeBuilder({ page }).analyze();
      await page.close();
      expect(describeViolations(url, results.violations)).toEqual([]);
    });
  });
});

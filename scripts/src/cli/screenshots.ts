// pnpm screenshots — pictures of the built site for a person to look at before merging: every page
// type at a phone width (360 px) and a desktop width (1280 px), light and dark, in Chinese and
// English, full page, into screenshots/ (ignored by git), with an index.html to view them side by
// side. Serves site/dist (build it first: `pnpm build`); `--dist <dir>` serves another build,
// `--out <dir>` writes elsewhere.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDir } from '../bench/site/serve.ts';
import { findChromium, playwrightLaunchOptions } from '../browser/find-chromium.ts';
import { REPO_ROOT } from '../paths.ts';
import { contactSheet, SCHEMES, shots, WIDTHS } from '../screenshots/shots.ts';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outArg = args.indexOf('--out');
  const out = resolve(outArg >= 0 ? args[outArg + 1]! : join(REPO_ROOT, 'screenshots'));
  const distArg = args.indexOf('--dist');
  const dist = resolve(distArg >= 0 ? args[distArg + 1]! : join(REPO_ROOT, 'site', 'dist'));
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`${dist} has no site: run \`pnpm build\` first`);
  const list = shots();
  const served = await serveDir(dist, []);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    ...playwrightLaunchOptions(await findChromium()),
    headless: true,
  });
  try {
    for (const width of WIDTHS)
      for (const scheme of SCHEMES) {
        const context = await browser.newContext({
          viewport: { width, height: width === 360 ? 780 : 900 },
          deviceScaleFactor: 1,
          colorScheme: scheme,
          isMobile: width === 360,
          hasTouch: width === 360,
        });
        const page = await context.newPage();
        for (const s of list.filter((x) => x.width === width && x.scheme === scheme)) {
          const response = await page.goto(served.origin + s.url, { waitUntil: 'load' });
          if (!response?.ok()) throw new Error(`${s.url}: HTTP ${response?.status()}`);
          // A search (?q=) lists its results after the index loads: wait for its count.
          if (s.url.includes('?q='))
            await page.waitForSelector('.search-status:not(:empty)', { timeout: 15_000 });
          await page.screenshot({ path: join(out, s.file), fullPage: true });
        }
        await context.close();
      }
  } finally {
    await browser.close();
    await served.close();
  }
  writeFileSync(join(out, 'index.html'), contactSheet(list));
  console.log(`screenshots: ${list.length} pictures in ${out} (open index.html)`);
}
await main();
